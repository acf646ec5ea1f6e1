package com.wuxiao.command.proposal.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the monthly-review process when screening was left undone for too long. */
public record EscalateScreeningCommand(@TargetAggregateIdentifier String proposalId,
                                       int revision,
                                       String processCommandId,
                                       Instant escalatedAt) implements ProcessCommand {
}
