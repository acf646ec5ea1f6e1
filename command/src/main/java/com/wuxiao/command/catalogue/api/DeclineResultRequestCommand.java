package com.wuxiao.command.catalogue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The union office declines a pending request, with a reason the requesting owner reads. */
public record DeclineResultRequestCommand(@TargetAggregateIdentifier String requestId,
                                          String reason,
                                          String declinedBy,
                                          Instant declinedAt) {
}
