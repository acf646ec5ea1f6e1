package com.wuxiao.command.payout.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The union office cancels a batch not yet paid; its items are free for another batch. */
public record CancelPayoutBatchCommand(@TargetAggregateIdentifier String payoutsId,
                                       String batchId,
                                       String reason,
                                       String cancelledBy,
                                       Instant cancelledAt) {
}
