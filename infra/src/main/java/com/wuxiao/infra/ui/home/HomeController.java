package com.wuxiao.infra.ui.home;

import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.processes.monthlyreview.PendingScreening;
import com.wuxiao.processes.monthlyreview.ScreeningController;
import com.wuxiao.query.proposal.ProposalQueryController;
import com.wuxiao.query.proposal.api.ProposalPage;
import com.wuxiao.query.proposal.api.ProposalSummary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a user lands after logging in: the union leader on the dashboard, the administrator on the
 * organisation import, everyone else on a page with a section per role they hold.
 */
@Controller
class HomeController {

    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
    /** Screenings counted on the home page; more are "100+", Tasklist lists them all. */
    static final int SCREENINGS_COUNTED = 100;

    private final ProposalQueryController proposals;
    private final ScreeningController screenings;
    private final NameBook nameBook;

    HomeController(ProposalQueryController proposals, ScreeningController screenings, NameBook nameBook) {
        this.proposals = proposals;
        this.screenings = screenings;
        this.nameBook = nameBook;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (roles.contains("ROLE_UNION_LEADER")) {
            return "redirect:/dashboard";
        }
        if (roles.contains("ROLE_ADMIN")) {
            return "redirect:/admin/organisation";
        }
        model.addAttribute("roles", roles);
        if (roles.contains("ROLE_WORKER")) {
            ProposalPage mine = proposals.mine(user, 0, 5);
            model.addAttribute("mine", mine);
            model.addAttribute("names", nameBook.names(List.of(),
                    mine.items().stream().map(ProposalSummary::competitionYear).toList()));
        }
        if (roles.contains("ROLE_UNIT_COORDINATOR")) {
            List<PendingScreening> pending = screenings.pending(0, SCREENINGS_COUNTED, user);
            model.addAttribute("screenings", pending.subList(0, Math.min(10, pending.size())));
            model.addAttribute("screeningCount", pending.size());
            model.addAttribute("screeningsCapped", pending.size() == SCREENINGS_COUNTED);
            model.addAttribute("units", nameBook.units());
        }
        model.addAttribute("taskLink", TASKLIST_TASK);
        return "home/home";
    }
}
