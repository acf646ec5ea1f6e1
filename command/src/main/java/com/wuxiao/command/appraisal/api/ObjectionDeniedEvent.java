package com.wuxiao.command.appraisal.api;

import java.time.Instant;

/** The objection does not stand; the ranking stays. */
public record ObjectionDeniedEvent(String roundId,
                                   String objectionId,
                                   String proposalId,
                                   String decidedBy,
                                   String note,
                                   Instant decidedAt) {
}
