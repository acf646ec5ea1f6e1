package com.wuxiao.infra.ui.payout;

import com.wuxiao.infra.ui.AllPages;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.PageLinks;
import com.wuxiao.infra.ui.Years;
import com.wuxiao.query.payout.PayoutQueryController;
import com.wuxiao.query.payout.api.FindPayoutItemsQuery;
import com.wuxiao.query.payout.api.PayoutBatchPage;
import com.wuxiao.query.payout.api.PayoutBatchRow;
import com.wuxiao.query.payout.api.PayoutItemPage;
import com.wuxiao.query.payout.api.PayoutItemRow;
import com.wuxiao.query.payout.api.PayoutItemStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The union office's payouts of a year: the rewards still due, per round, each a batch away; the
 * batches with their next step (approve, record paid with finance's reference, cancel before
 * payment) and the export for finance.
 */
@Controller
class PayoutPages {

    private final PayoutQueryController payouts;
    private final NameBook nameBook;
    private final Years years;

    PayoutPages(PayoutQueryController payouts, NameBook nameBook, Years years) {
        this.payouts = payouts;
        this.nameBook = nameBook;
        this.years = years;
    }

    /** A round's rewards that no batch holds yet. */
    record RoundDue(String roundId, int items, long totalFen) {
    }

    @GetMapping("/office/payouts")
    String payouts(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(required = false) Integer size,
                   Authentication user, Model model) {
        int shown = year == null ? years.current() : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", years.offered(shown));
        model.addAttribute("today", years.today());
        model.addAttribute("due", due(shown, user));
        PayoutBatchPage batches = payouts.batches(shown, Math.max(page, 0), PageLinks.size(size), user);
        model.addAttribute("batches", batches);
        model.addAttribute("names", nameBook.names(batches.items().stream().map(PayoutBatchRow::createdBy).toList(),
                List.of()));
        return "office/payouts";
    }

    /** Every due item of the year, summed per round (a year has a few hundred rewards, read in pages). */
    private List<RoundDue> due(int year, Authentication user) {
        List<PayoutItemRow> items = AllPages.collect(n -> payouts.items(year, null, PayoutItemStatus.DUE, n,
                FindPayoutItemsQuery.MAX_SIZE, user), PayoutItemPage::items, PayoutItemPage::total, Integer.MAX_VALUE);
        Map<String, List<PayoutItemRow>> byRound = items.stream()
                .collect(Collectors.groupingBy(PayoutItemRow::roundId, TreeMap::new, Collectors.toList()));
        return byRound.entrySet().stream().map(e -> new RoundDue(e.getKey(), e.getValue().size(),
                e.getValue().stream().mapToLong(PayoutItemRow::amountFen).sum())).toList();
    }
}
