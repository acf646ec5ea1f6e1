package com.wuxiao.query.catalogue.api;

import java.util.List;

/** One page of result requests; {@code page} counts from 0, {@code total} over all pages. */
public record ResultRequestPage(List<ResultRequestRow> items, int page, int size, long total) {

    public ResultRequestPage {
        items = List.copyOf(items);
    }
}
