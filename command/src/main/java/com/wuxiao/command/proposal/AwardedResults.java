package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.AwardedResult;

import java.util.Optional;

/**
 * Port for other aggregates' command handlers (patents, conversion): the awarded result a proposal
 * is, if it is one. Injected as a handler parameter like the user directory.
 */
public interface AwardedResults {

    /** Empty if there is no such proposal or it was not awarded a grade. */
    Optional<AwardedResult> find(String proposalId);
}
