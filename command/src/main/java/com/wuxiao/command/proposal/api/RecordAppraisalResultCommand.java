package com.wuxiao.command.proposal.api;

import com.wuxiao.command.competition.api.Grade;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The final result of the quarterly appraisal round for one proposal, sent when the round is
 * finalised. The same round again is a no-op (redelivery).
 *
 * @param finalScore two decimals
 * @param rank       the proposal's rank in the round (ties share a rank)
 */
public record RecordAppraisalResultCommand(@TargetAggregateIdentifier String proposalId,
                                           String roundId,
                                           Grade grade,
                                           BigDecimal finalScore,
                                           int rank,
                                           Instant finalisedAt) {
}
