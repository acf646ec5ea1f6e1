package com.wuxiao.command.fund.api;

import java.time.Instant;

/** A claim was approved; {@code approvedFen} is booked against the year's budget. */
public record FundClaimApprovedEvent(String fundId,
                                     String claimId,
                                     String proposalId,
                                     String unitId,
                                     String categoryCode,
                                     String claimantId,
                                     long approvedFen,
                                     String note,
                                     String approvedBy,
                                     Instant approvedAt) {
}
