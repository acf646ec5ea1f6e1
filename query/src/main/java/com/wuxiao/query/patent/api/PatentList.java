package com.wuxiao.query.patent.api;

import java.util.List;

/** Patent cases, most recently changed first. */
public record PatentList(List<PatentSummary> items) {

    public PatentList {
        items = List.copyOf(items);
    }
}
