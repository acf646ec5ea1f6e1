package com.wuxiao.command.fund.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The union office refuses a pending claim with a reason the claimant reads. */
public record RefuseFundClaimCommand(@TargetAggregateIdentifier String fundId,
                                     String claimId,
                                     String reason,
                                     String refusedBy,
                                     String processCommandId,
                                     Instant refusedAt) implements ProcessCommand {
}
