package com.wuxiao.query.proposal.api;

/** An earlier proposal whose title or text closely matches; similarity in whole percent. */
public record DuplicateCandidate(String proposalId, String title, int similarityPercent) {
}
