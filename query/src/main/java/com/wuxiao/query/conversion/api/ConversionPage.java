package com.wuxiao.query.conversion.api;

import java.util.List;

/** One page of conversions, most recently changed first; {@code page} counts from 0, {@code total} over all pages. */
public record ConversionPage(List<ConversionSummary> items, int page, int size, long total) {

    public ConversionPage {
        items = List.copyOf(items);
    }
}
