package com.wuxiao.query.proposal.api;

/**
 * One proposal with its authors, history and duplicate candidates. Answered with a
 * {@link ProposalDetail}, or null when there is no such proposal: ask with
 * {@code ResponseTypes.optionalInstanceOf(ProposalDetail.class)}.
 */
public record FindProposalQuery(String proposalId) {
}
