package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The union leader ranks the fully scored round: final scores and grades by quota. */
public record RankRoundCommand(@TargetAggregateIdentifier String roundId, String rankedBy, Instant rankedAt) {
}
