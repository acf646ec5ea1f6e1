package com.wuxiao.command.payout.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The union office records an approved batch paid, with finance's payment reference: its items are
 * paid for good and enter no other batch.
 */
public record MarkPayoutBatchPaidCommand(@TargetAggregateIdentifier String payoutsId,
                                         String batchId,
                                         String paymentReference,
                                         LocalDate paidOn,
                                         String paidBy,
                                         Instant recordedAt) {
}
