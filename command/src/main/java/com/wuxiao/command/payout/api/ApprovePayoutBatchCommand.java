package com.wuxiao.command.payout.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The union office approves a batch for payment; finance pays it from the export. */
public record ApprovePayoutBatchCommand(@TargetAggregateIdentifier String payoutsId,
                                        String batchId,
                                        String approvedBy,
                                        Instant approvedAt) {
}
