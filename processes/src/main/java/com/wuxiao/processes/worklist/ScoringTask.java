package com.wuxiao.processes.worklist;

import java.time.Instant;

/** One open scoring task of the logged-in reviewer. */
public record ScoringTask(String taskId, String roundId, String proposalId, String title, Instant created,
                          Instant due, String tasklistUrl) {
}
