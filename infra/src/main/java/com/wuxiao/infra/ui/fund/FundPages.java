package com.wuxiao.infra.ui.fund;

import com.wuxiao.command.fund.api.FundCostKind;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.PageLinks;
import com.wuxiao.infra.ui.Years;
import com.wuxiao.query.fund.FundQueryController;
import com.wuxiao.query.fund.api.FundClaimPage;
import com.wuxiao.query.fund.api.FundClaimRow;
import com.wuxiao.query.fund.api.FundClaimStatus;
import com.wuxiao.query.proposal.ProposalQueryController;
import com.wuxiao.query.proposal.api.FindProposalsQuery;
import com.wuxiao.query.proposal.api.ProposalSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The innovation fund's pages: a worker claims an accepted proposal's costs with photos of the
 * receipts from their phone and follows the claims; the union office sets the year's budget and sees
 * what is booked, by unit and category, and every claim (decided in Tasklist).
 */
@Controller
class FundPages {

    /** A claim is for a proposal the unit accepted (the fund checks it too). */
    private static final Set<ProposalStatus> CLAIMABLE = EnumSet.of(ProposalStatus.ACCEPTED, ProposalStatus.AWARDED,
            ProposalStatus.NOT_AWARDED);

    private final FundQueryController fund;
    private final ProposalQueryController proposals;
    private final NameBook nameBook;
    private final Years years;

    FundPages(FundQueryController fund, ProposalQueryController proposals, NameBook nameBook, Years years) {
        this.fund = fund;
        this.proposals = proposals;
        this.nameBook = nameBook;
        this.years = years;
    }

    @GetMapping("/fund")
    String mine(@RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) Integer size, Authentication user, Model model) {
        List<ProposalSummary> claimable = proposals.mine(user, 0, FindProposalsQuery.MAX_SIZE).items().stream()
                .filter(p -> CLAIMABLE.contains(p.status())).toList();
        model.addAttribute("proposals", claimable);
        model.addAttribute("kinds", FundCostKind.values());
        model.addAttribute("claims", fund.claims(null, null, Math.max(page, 0), PageLinks.size(size), user));
        return "fund/mine";
    }

    @GetMapping("/office/fund")
    String office(@RequestParam(required = false) Integer year, @RequestParam(required = false) FundClaimStatus status,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
                  Authentication user, Model model) {
        int shown = year == null ? years.current() : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", years.offered(shown));
        model.addAttribute("fund", fund.overview(shown, user));
        FundClaimPage claims = fund.claims(shown, status, Math.max(page, 0), PageLinks.size(size), user);
        model.addAttribute("claims", claims);
        model.addAttribute("status", status);
        model.addAttribute("statuses", FundClaimStatus.values());
        model.addAttribute("names", nameBook.names(claims.items().stream().map(FundClaimRow::claimantId).toList(),
                List.of(shown)));
        return "office/fund";
    }
}
