package com.wuxiao.command.draft;

import java.util.List;

/** One page of the caller's drafts, last changed first; {@code page} from 0, {@code total} over all pages. */
public record DraftPage(List<DraftSummary> items, int page, int size, long total) {

    public DraftPage {
        items = List.copyOf(items);
    }
}
