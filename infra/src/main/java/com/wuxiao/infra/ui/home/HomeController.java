package com.wuxiao.infra.ui.home;

import com.wuxiao.command.draft.DraftController;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.processes.monthlyreview.PendingScreening;
import com.wuxiao.processes.monthlyreview.ScreeningController;
import com.wuxiao.processes.worklist.MyScoring;
import com.wuxiao.processes.worklist.MyTask;
import com.wuxiao.processes.worklist.MyTasksController;
import com.wuxiao.processes.worklist.ScoringTasksController;
import com.wuxiao.query.conversion.ConversionQueryController;
import com.wuxiao.query.conversion.api.ConversionPage;
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
 * organisation import, everyone else on a page with a section per role they hold — a worker's
 * proposals and drafts, a coordinator's screenings, a reviewer's scoring tasks with their progress,
 * a production owner's conversions and open tasks.
 */
@Controller
class HomeController {

    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
    /** Screenings counted on the home page; more are "100+", Tasklist lists them all. */
    static final int SCREENINGS_COUNTED = 100;
    /** Items a section lists; the full lists are a link away. */
    static final int SHOWN = 10;

    private final ProposalQueryController proposals;
    private final DraftController drafts;
    private final ScreeningController screenings;
    private final ScoringTasksController scoring;
    private final MyTasksController tasks;
    private final ConversionQueryController conversions;
    private final NameBook nameBook;

    HomeController(ProposalQueryController proposals, DraftController drafts, ScreeningController screenings,
                   ScoringTasksController scoring, MyTasksController tasks, ConversionQueryController conversions,
                   NameBook nameBook) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.screenings = screenings;
        this.scoring = scoring;
        this.tasks = tasks;
        this.conversions = conversions;
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
        model.addAttribute("units", nameBook.units());
        if (roles.contains("ROLE_WORKER")) {
            worker(user, model);
        }
        if (roles.contains("ROLE_UNIT_COORDINATOR")) {
            List<PendingScreening> pending = screenings.pending(0, SCREENINGS_COUNTED, user);
            model.addAttribute("screenings", pending.subList(0, Math.min(SHOWN, pending.size())));
            model.addAttribute("screeningCount", pending.size());
            model.addAttribute("screeningsCapped", pending.size() == SCREENINGS_COUNTED);
        }
        if (roles.contains("ROLE_REVIEWER")) {
            MyScoring mine = scoring.mine(user);
            model.addAttribute("scoring", mine);
            model.addAttribute("scoringTasks", mine.tasks().subList(0, Math.min(SHOWN, mine.tasks().size())));
        }
        if (roles.contains("ROLE_PRODUCTION_OWNER")) {
            ConversionPage mine = conversions.list(null, null, null, null, 0, SHOWN, user);
            model.addAttribute("conversions", mine);
            List<MyTask> open = tasks.mine(user);
            model.addAttribute("tasks", open.subList(0, Math.min(SHOWN, open.size())));
            model.addAttribute("taskCount", open.size());
        }
        model.addAttribute("taskLink", TASKLIST_TASK);
        return "home/home";
    }

    private void worker(Authentication user, Model model) {
        ProposalPage mine = proposals.mine(user, 0, 5);
        model.addAttribute("mine", mine);
        model.addAttribute("drafts", drafts.list(0, 5, user));
        model.addAttribute("names", nameBook.names(List.of(),
                mine.items().stream().map(ProposalSummary::competitionYear).toList()));
    }
}
