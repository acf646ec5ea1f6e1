package com.wuxiao.command.appraisal.api;

import java.time.Instant;

/** The objection stands: the proposal goes to re-review and the round needs ranking and approval again. */
public record ObjectionUpheldEvent(String roundId,
                                   String objectionId,
                                   String proposalId,
                                   String decidedBy,
                                   String note,
                                   Instant decidedAt) {
}
