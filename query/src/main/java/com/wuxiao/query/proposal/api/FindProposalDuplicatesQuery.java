package com.wuxiao.query.proposal.api;

/**
 * The duplicate candidates stored for a proposal, for the screening form. Answered with
 * {@link DuplicateCandidates} once those of {@code revision} (or a later one) are stored, with null
 * before (ask with {@code ResponseTypes.optionalInstanceOf}): their projection handles the revision's
 * event at the same time as the monthly review, and "none" must not be told too early.
 */
public record FindProposalDuplicatesQuery(String proposalId, int revision) {
}
