package com.wuxiao.command.proposal.api;

import java.time.Instant;

public record ProposalReturnedEvent(String proposalId, String screenerId, int revision, String comment,
                                    Instant returnedAt) {
}
