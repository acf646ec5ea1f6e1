package com.wuxiao.query.payout.api;

import java.time.Instant;
import java.time.LocalDate;

/** A payout batch. Money in fen. */
public record PayoutBatchRow(String batchId,
                             int year,
                             PayoutBatchStatus status,
                             int itemCount,
                             long totalFen,
                             String createdBy,
                             Instant createdAt,
                             String approvedBy,
                             Instant approvedAt,
                             LocalDate paidOn,
                             String paymentReference,
                             String cancelReason) {
}
