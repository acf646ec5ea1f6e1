package com.wuxiao.infra.ui.record;

import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.query.growth.GrowthController;
import com.wuxiao.query.payout.PayoutQueryController;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * A worker's growth record (成长档案): the figures of each year, the honours with their certificates
 * to download, the rewards due and paid, the proposals; the whole as PDF. From the REST API's
 * controllers, so the page shows what the API says.
 */
@Controller
class RecordPage {

    private final GrowthController records;
    private final PayoutQueryController payouts;
    private final NameBook nameBook;

    RecordPage(GrowthController records, PayoutQueryController payouts, NameBook nameBook) {
        this.records = records;
        this.payouts = payouts;
        this.nameBook = nameBook;
    }

    @GetMapping("/record")
    String record(Authentication user, Model model) {
        model.addAttribute("record", records.record(user.getName(), user));
        model.addAttribute("rewards", payouts.mine(null, user));
        model.addAttribute("names", nameBook.names(List.of(), List.of()));
        return "record/record";
    }
}
