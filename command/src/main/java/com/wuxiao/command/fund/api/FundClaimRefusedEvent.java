package com.wuxiao.command.fund.api;

import java.time.Instant;

/** A claim was refused; nothing is booked. */
public record FundClaimRefusedEvent(String fundId,
                                    String claimId,
                                    String proposalId,
                                    String claimantId,
                                    String reason,
                                    String refusedBy,
                                    Instant refusedAt) {
}
