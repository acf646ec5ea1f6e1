package com.wuxiao.processes.monthlyreview;

import java.time.Instant;

/** A screening task the caller may work on; {@code escalated} when the union office was called in. */
public record PendingScreening(String taskId,
                               String proposalId,
                               String title,
                               String unitId,
                               int revision,
                               boolean escalated,
                               Instant created,
                               Instant due) {
}
