package com.wuxiao.query.proposal.api;

import java.util.List;

/** Best matches first. */
public record DuplicateCandidates(List<DuplicateCandidate> candidates) {

    public DuplicateCandidates {
        candidates = List.copyOf(candidates);
    }
}
