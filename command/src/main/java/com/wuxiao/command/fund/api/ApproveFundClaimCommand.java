package com.wuxiao.command.fund.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union office approves a pending claim, in full or in part; the amount is booked against the
 * budget, which it may not exceed.
 *
 * @param approvedFen null: the amount claimed
 */
public record ApproveFundClaimCommand(@TargetAggregateIdentifier String fundId,
                                      String claimId,
                                      Long approvedFen,
                                      String note,
                                      String approvedBy,
                                      String processCommandId,
                                      Instant approvedAt) implements ProcessCommand {
}
