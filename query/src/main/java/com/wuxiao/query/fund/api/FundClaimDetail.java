package com.wuxiao.query.fund.api;

import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.command.proposal.api.AttachmentRef;

import java.util.List;

/** A claim, its costs and its receipts (download each by its id at /api/attachments/{id}). */
public record FundClaimDetail(FundClaimRow claim, List<ClaimItem> items, List<AttachmentRef> receipts) {

    public FundClaimDetail {
        items = List.copyOf(items);
        receipts = List.copyOf(receipts);
    }
}
