package com.wuxiao.command.payout.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A batch was paid; {@code itemIds} are paid for good. */
public record PayoutBatchPaidEvent(String payoutsId,
                                   String batchId,
                                   List<String> itemIds,
                                   String paymentReference,
                                   LocalDate paidOn,
                                   String paidBy,
                                   Instant recordedAt) {

    public PayoutBatchPaidEvent {
        itemIds = List.copyOf(itemIds);
    }
}
