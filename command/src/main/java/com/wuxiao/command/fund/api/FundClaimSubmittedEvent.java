package com.wuxiao.command.fund.api;

import com.wuxiao.command.proposal.api.AttachmentRef;

import java.time.Instant;
import java.util.List;

/**
 * A claim on the fund awaits the union office's decision (the fund-claim process).
 *
 * @param unitId       the proposal's unit, which the booked amount counts for
 * @param categoryCode the proposal's category
 */
public record FundClaimSubmittedEvent(String fundId,
                                      String claimId,
                                      int year,
                                      String proposalId,
                                      String title,
                                      String unitId,
                                      String categoryCode,
                                      String claimantId,
                                      List<ClaimItem> items,
                                      long totalFen,
                                      List<AttachmentRef> receipts,
                                      Instant submittedAt) {

    public FundClaimSubmittedEvent {
        items = List.copyOf(items);
        receipts = List.copyOf(receipts);
    }
}
