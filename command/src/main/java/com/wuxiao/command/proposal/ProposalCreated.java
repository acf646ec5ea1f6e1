package com.wuxiao.command.proposal;

/** Answer to a declaration: the new proposal's id (also in the Location header). */
public record ProposalCreated(String proposalId) {
}
