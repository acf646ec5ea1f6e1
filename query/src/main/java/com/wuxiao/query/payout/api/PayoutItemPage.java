package com.wuxiao.query.payout.api;

import java.util.List;

/** One page of payable rewards; {@code totalFen} over all pages of the filter. */
public record PayoutItemPage(List<PayoutItemRow> items, int page, int size, long total, long totalFen) {

    public PayoutItemPage {
        items = List.copyOf(items);
    }
}
