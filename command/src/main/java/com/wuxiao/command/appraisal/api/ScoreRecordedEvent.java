package com.wuxiao.command.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A scorer's score of a proposal.
 *
 * @param weightedScore by the round's weights, two decimals
 */
public record ScoreRecordedEvent(String roundId,
                                 String proposalId,
                                 String scorerId,
                                 int feasibility,
                                 int benefit,
                                 int promotability,
                                 BigDecimal weightedScore,
                                 String comment,
                                 Instant scoredAt) {
}
