package com.wuxiao.command.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The panel's agreed score set of a proposal in re-review; it replaces all its scores, so its final
 * score is this weighted score.
 */
public record ConsensusScoreRecordedEvent(String roundId,
                                          String proposalId,
                                          int feasibility,
                                          int benefit,
                                          int promotability,
                                          BigDecimal weightedScore,
                                          String recordedBy,
                                          String comment,
                                          Instant recordedAt) {
}
