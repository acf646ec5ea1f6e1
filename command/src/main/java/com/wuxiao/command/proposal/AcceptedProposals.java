package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.AcceptedProposal;

import java.util.Optional;

/**
 * Port for the innovation fund's claims: the proposal as accepted at screening, if it was. Injected
 * as a handler parameter like the user directory.
 */
public interface AcceptedProposals {

    /** Empty if there is no such proposal or it did not pass the monthly screening. */
    Optional<AcceptedProposal> accepted(String proposalId);
}
