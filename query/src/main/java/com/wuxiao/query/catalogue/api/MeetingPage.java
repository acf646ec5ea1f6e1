package com.wuxiao.query.catalogue.api;

import java.util.List;

/** One page of promotion meetings; {@code page} counts from 0, {@code total} over all pages. */
public record MeetingPage(List<MeetingDetail> items, int page, int size, long total) {

    public MeetingPage {
        items = List.copyOf(items);
    }
}
