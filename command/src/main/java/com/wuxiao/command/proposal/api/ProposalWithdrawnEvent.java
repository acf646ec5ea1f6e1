package com.wuxiao.command.proposal.api;

import java.time.Instant;

/** @param actorId the withdrawing author, or null when the revision window ran out */
public record ProposalWithdrawnEvent(String proposalId,
                                     String actorId,
                                     WithdrawalReason reason,
                                     Instant withdrawnAt) {
}
