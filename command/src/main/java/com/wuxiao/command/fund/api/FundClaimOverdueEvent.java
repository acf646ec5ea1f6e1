package com.wuxiao.command.fund.api;

import java.time.Instant;

/** A claim has waited for the union office's decision longer than the reminder period. */
public record FundClaimOverdueEvent(String fundId, String claimId, String claimantId, Instant submittedAt,
                                    Instant recordedAt) {
}
