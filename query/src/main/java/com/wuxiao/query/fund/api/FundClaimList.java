package com.wuxiao.query.fund.api;

import java.util.List;

/** The claims of a year, oldest first. */
public record FundClaimList(List<FundClaimRow> items) {

    public FundClaimList {
        items = List.copyOf(items);
    }
}
