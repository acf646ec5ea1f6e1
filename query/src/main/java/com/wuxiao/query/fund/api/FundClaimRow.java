package com.wuxiao.query.fund.api;

import java.time.Instant;

/**
 * A claim on the fund. Money in fen.
 *
 * @param decisionNote the approval's note or the refusal's reason
 * @param overdue      pending past the reminder
 */
public record FundClaimRow(String claimId,
                           int year,
                           String proposalId,
                           String title,
                           String unitId,
                           String categoryCode,
                           String claimantId,
                           long totalFen,
                           FundClaimStatus status,
                           Instant submittedAt,
                           Long approvedFen,
                           String decidedBy,
                           Instant decidedAt,
                           String decisionNote,
                           boolean overdue) {
}
