package com.wuxiao.query.proposal.api;

import java.util.List;

/** One page of proposals, newest first; {@code page} counts from 0, {@code total} over all pages. */
public record ProposalPage(List<ProposalSummary> items, int page, int size, long total) {

    public ProposalPage {
        items = List.copyOf(items);
    }
}
