package com.wuxiao.command.payout.api;

import java.time.Instant;
import java.util.List;

/** A payout batch was made of these items; it awaits the union office's approval. */
public record PayoutBatchCreatedEvent(String payoutsId,
                                      int year,
                                      String batchId,
                                      List<PayableReward> items,
                                      long totalFen,
                                      String createdBy,
                                      Instant createdAt) {

    public PayoutBatchCreatedEvent {
        items = List.copyOf(items);
    }
}
