package com.wuxiao.query.patent.api;

import java.util.List;

/** One page of patent cases, most recently changed first; {@code page} counts from 0, {@code total} over all pages. */
public record PatentPage(List<PatentSummary> items, int page, int size, long total) {

    public PatentPage {
        items = List.copyOf(items);
    }
}
