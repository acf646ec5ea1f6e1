package com.wuxiao.command.fund;

import com.wuxiao.command.common.CommandInput;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.command.fund.api.FundLimits;
import com.wuxiao.command.proposal.api.AttachmentRef;

import java.util.List;

import static com.wuxiao.command.common.api.RuleViolation.term;

/** Checks of a claim's own fields, apart from the fund's rules. */
final class FundClaims {

    private FundClaims() {
    }

    /** The claim's total in fen: 1 to {@value FundLimits#ITEMS_MAX} costs, each with a kind, a text and an amount. */
    static long total(List<ClaimItem> items) {
        if (items.isEmpty()) {
            throw RuleViolation.invalid("required", "items", term("field.fund-items"));
        }
        if (items.size() > FundLimits.ITEMS_MAX) {
            throw RuleViolation.invalid("too-many", "items", term("field.fund-items"), FundLimits.ITEMS_MAX);
        }
        long total = 0;
        for (ClaimItem item : items) {
            if (item == null || item.kind() == null) {
                throw RuleViolation.invalid("required", "items", term("field.fund-cost-kind"));
            }
            CommandInput.requiredText(item.description(), "items", FundLimits.TEXT_MAX,
                    term("field.fund-cost-description"));
            if (item.amountFen() <= 0 || item.amountFen() > FundLimits.ITEM_MAX_FEN) {
                throw RuleViolation.invalid("amount-out-of-range", "items", term("field.fund-cost-amount"),
                        InnovationFund.yuan(FundLimits.ITEM_MAX_FEN));
            }
            total += item.amountFen();
        }
        return total;
    }

    static void requireReceipts(List<AttachmentRef> receipts) {
        if (receipts.isEmpty()) {
            throw RuleViolation.invalid("receipts-required", "receipts");
        }
        if (receipts.size() > FundLimits.RECEIPTS_MAX) {
            throw RuleViolation.invalid("too-many", "receipts", term("field.fund-receipts"), FundLimits.RECEIPTS_MAX);
        }
    }

    /** The items with their texts stripped, as the event keeps them. */
    static List<ClaimItem> stripped(List<ClaimItem> items) {
        return items.stream().map(i -> new ClaimItem(i.kind(), i.description().strip(), i.amountFen())).toList();
    }
}
