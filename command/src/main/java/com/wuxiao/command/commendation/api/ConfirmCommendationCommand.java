package com.wuxiao.command.commendation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The union leader confirms the drafted list; it cannot change afterwards. */
public record ConfirmCommendationCommand(@TargetAggregateIdentifier String commendationId,
                                         String confirmedBy,
                                         Instant confirmedAt) {
}
