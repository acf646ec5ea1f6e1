package com.wuxiao.query.need.api;

import java.util.List;

/** One page of needs, newest first; {@code page} counts from 0, {@code total} over all pages. */
public record NeedPage(List<NeedSummary> items, int page, int size, long total) {

    public NeedPage {
        items = List.copyOf(items);
    }
}
