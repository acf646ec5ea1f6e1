package com.wuxiao.query.conversion.api;

import java.util.List;

/** Conversions, most recently changed first. */
public record ConversionList(List<ConversionSummary> items) {

    public ConversionList {
        items = List.copyOf(items);
    }
}
