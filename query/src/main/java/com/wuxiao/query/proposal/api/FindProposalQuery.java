package com.wuxiao.query.proposal.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One proposal with its authors, history and duplicate candidates. Answered with a
 * {@link ProposalDetail}, or null when there is no such proposal or it lies outside {@code scope}
 * (the two are indistinguishable on purpose): ask with
 * {@code ResponseTypes.optionalInstanceOf(ProposalDetail.class)}.
 *
 * @param scope          what the asker may read; {@link ProposalScope#everything()} for system callers
 * @param withDuplicates whether to read its duplicate candidates (stored at its declaration or
 *                       revision); false leaves the list empty, for callers that never show it
 * @param asOf           its status and history as they stood at this instant (none if it was declared
 *                       later); null: now
 */
public record FindProposalQuery(String proposalId, ProposalScope scope, boolean withDuplicates, Instant asOf) {

    public FindProposalQuery {
        Objects.requireNonNull(scope, "scope");
    }

    /** As it stands now. */
    public FindProposalQuery(String proposalId, ProposalScope scope, boolean withDuplicates) {
        this(proposalId, scope, withDuplicates, null);
    }

    /** With its duplicate candidates, as the proposal's page shows them. */
    public FindProposalQuery(String proposalId, ProposalScope scope) {
        this(proposalId, scope, true);
    }
}
