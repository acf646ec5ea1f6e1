package com.wuxiao.query.payout.api;

import java.util.List;

/** One page of payout batches, newest first. */
public record PayoutBatchPage(List<PayoutBatchRow> items, int page, int size, long total) {

    public PayoutBatchPage {
        items = List.copyOf(items);
    }
}
