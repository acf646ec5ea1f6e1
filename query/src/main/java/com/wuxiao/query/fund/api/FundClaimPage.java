package com.wuxiao.query.fund.api;

import java.util.List;

/** One page of fund claims; {@code page} counts from 0, {@code total} over all pages. */
public record FundClaimPage(List<FundClaimRow> items, int page, int size, long total) {

    public FundClaimPage {
        items = List.copyOf(items);
    }
}
