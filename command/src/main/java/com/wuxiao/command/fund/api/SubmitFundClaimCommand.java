package com.wuxiao.command.fund.api;

import com.wuxiao.command.proposal.api.AttachmentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * An author of an accepted proposal claims its costs from the fund of the year the claim is made in,
 * with the receipts already stored.
 *
 * @param fundId {@code InnovationFund.idOf(year of submittedAt in Beijing)}
 */
public record SubmitFundClaimCommand(@TargetAggregateIdentifier String fundId,
                                     String claimId,
                                     String proposalId,
                                     String claimantId,
                                     List<ClaimItem> items,
                                     List<AttachmentRef> receipts,
                                     Instant submittedAt) {

    public SubmitFundClaimCommand {
        items = items == null ? List.of() : List.copyOf(items);
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }
}
