package com.wuxiao.query.payout.api;

import java.util.List;

/** A batch and its items, in the batch's order. */
public record PayoutBatchDetail(PayoutBatchRow batch, List<PayoutItemRow> items) {

    public PayoutBatchDetail {
        items = List.copyOf(items);
    }
}
