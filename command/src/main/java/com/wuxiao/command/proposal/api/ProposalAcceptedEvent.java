package com.wuxiao.command.proposal.api;

import java.time.Instant;

/** The proposal enters the quarter's appraisal pool. */
public record ProposalAcceptedEvent(String proposalId, String screenerId, int revision, String comment,
                                    Instant acceptedAt) {
}
