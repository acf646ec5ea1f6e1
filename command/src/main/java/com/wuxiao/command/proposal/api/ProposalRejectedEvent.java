package com.wuxiao.command.proposal.api;

import java.time.Instant;

public record ProposalRejectedEvent(String proposalId, String screenerId, int revision, RejectionReason reason,
                                    String comment, Instant rejectedAt) {
}
