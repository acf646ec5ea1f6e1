package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union leader has the round assign scorers to every proposal; the round picks them itself,
 * deterministically, avoiding conflicts of interest.
 *
 * @param scorersPerProposal at least 3, at most the panel's size; a proposal gets fewer (never
 *                           fewer than 3) when conflicts of interest leave fewer eligible members
 */
public record AssignScorersCommand(@TargetAggregateIdentifier String roundId,
                                   int scorersPerProposal,
                                   String assignedBy,
                                   Instant assignedAt) {
}
