package com.wuxiao.command.commendation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The union office recommends one of the year's awarded results to the group's competition. */
public record RecommendResultCommand(@TargetAggregateIdentifier String commendationId,
                                     int year,
                                     String proposalId,
                                     String note,
                                     String recommendedBy,
                                     Instant recommendedAt) {
}
