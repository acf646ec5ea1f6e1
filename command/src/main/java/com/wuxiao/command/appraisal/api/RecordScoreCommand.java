package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An assigned scorer scores a proposal on the three criteria, each 0–100.
 *
 * @param comment          optional
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record RecordScoreCommand(@TargetAggregateIdentifier String roundId,
                                 String proposalId,
                                 String scorerId,
                                 Integer feasibility,
                                 Integer benefit,
                                 Integer promotability,
                                 String comment,
                                 String processCommandId,
                                 Instant scoredAt) {
}
