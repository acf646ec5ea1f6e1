package com.wuxiao.command.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the monthly-review process when screening was left undone for too long. */
public record EscalateScreeningCommand(@TargetAggregateIdentifier String proposalId,
                                       int revision,
                                       String processCommandId,
                                       Instant escalatedAt) {
}
