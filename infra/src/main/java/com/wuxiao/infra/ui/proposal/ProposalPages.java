package com.wuxiao.infra.ui.proposal;

import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.PageLinks;
import com.wuxiao.query.leaderboard.LeaderboardController;
import com.wuxiao.query.leaderboard.api.PointsEntry;
import com.wuxiao.query.need.NeedQueryController;
import com.wuxiao.query.proposal.ProposalQueryController;
import com.wuxiao.query.proposal.api.ProposalDetail;
import com.wuxiao.query.proposal.api.ProposalHistoryEntry;
import com.wuxiao.query.proposal.api.ProposalPage;
import com.wuxiao.query.proposal.api.ProposalSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A worker's pages: the declaration form, "my proposals" and one proposal with its timeline. The
 * data comes from the same controllers as the REST API, so a page shows what the API says and no
 * more than the API lets the user read.
 */
@Controller
class ProposalPages {

    private final ProposalQueryController proposals;
    private final LeaderboardController points;
    private final NeedQueryController needs;
    private final UserDirectory directory;
    private final NameBook nameBook;
    private final Clock clock;

    ProposalPages(ProposalQueryController proposals, LeaderboardController points, NeedQueryController needs,
                  UserDirectory directory, NameBook nameBook, Clock clock) {
        this.proposals = proposals;
        this.points = points;
        this.needs = needs;
        this.directory = directory;
        this.nameBook = nameBook;
        this.clock = clock;
    }

    @GetMapping("/proposals/mine")
    String mine(@RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) Integer size, Authentication user, Model model) {
        ProposalPage mine = proposals.mine(user, Math.max(page, 0), PageLinks.size(size));
        model.addAttribute("proposals", mine);
        model.addAttribute("names", nameBook.names(List.of(),
                mine.items().stream().map(ProposalSummary::competitionYear).toList()));
        return "proposal/mine";
    }

    @GetMapping("/proposals/{id}")
    String detail(@PathVariable String id, Authentication user, Model model) {
        ProposalDetail proposal = proposals.detail(id, null, user);
        List<PointsEntry> mine = points.myPoints(null, user).entries().stream()
                .filter(entry -> id.equals(entry.proposalId())).toList();
        boolean author = proposal.authors().stream().map(Author::workerId).anyMatch(user.getName()::equals);
        model.addAttribute("proposal", proposal);
        List<ProposalHistoryEntry> newestFirst = new ArrayList<>(proposal.history());
        Collections.reverse(newestFirst);
        model.addAttribute("timeline", newestFirst);
        model.addAttribute("lastComment", lastComment(proposal.history()));
        model.addAttribute("canRevise", author && proposal.status() == ProposalStatus.RETURNED);
        model.addAttribute("myEntries", mine);
        model.addAttribute("names", nameBook.names(people(proposal), List.of(proposal.competitionYear())));
        return "proposal/detail";
    }

    /** {@code need}: the production need the declaration answers (from the need's page). */
    @GetMapping("/proposals/new")
    String declare(@RequestParam(required = false) String draft, @RequestParam(required = false) String need,
                   Authentication user, Model model) {
        formModel(model, user, currentYear());
        model.addAttribute("mode", "declare");
        model.addAttribute("draftId", draft);
        model.addAttribute("need", need == null || need.isBlank() ? null : needs.detail(need, user));
        return "proposal/form";
    }

    @GetMapping("/proposals/{id}/revise")
    String revise(@PathVariable String id, Authentication user, Model model) {
        ProposalDetail proposal = proposals.detail(id, null, user);
        formModel(model, user, proposal.competitionYear());
        model.addAttribute("mode", "revise");
        model.addAttribute("proposal", proposal);
        model.addAttribute("lastComment", lastComment(proposal.history()));
        model.addAttribute("names", nameBook.names(people(proposal), List.of(proposal.competitionYear())));
        return "proposal/form";
    }

    private void formModel(Model model, Authentication user, int year) {
        Actor me = directory.find(user.getName()).orElseThrow();
        model.addAttribute("me", me);
        model.addAttribute("year", year);
        model.addAttribute("types", ProposalType.values());
        model.addAttribute("categories", nameBook.categories(year));
        model.addAttribute("unitName", nameBook.units().getOrDefault(me.unitId(), me.unitId()));
    }

    private int currentYear() {
        return ZonedDateTime.now(clock.withZone(CompetitionCalendar.ZONE)).getYear();
    }

    /** The coordinator's comment of the latest return, which the author is asked to address. */
    private static String lastComment(List<ProposalHistoryEntry> history) {
        return history.stream().filter(entry -> entry.comment() != null && !entry.comment().isBlank())
                .reduce((earlier, later) -> later).map(ProposalHistoryEntry::comment).orElse(null);
    }

    private static Set<String> people(ProposalDetail proposal) {
        return Stream.of(proposal.authors().stream().map(Author::workerId),
                        proposal.history().stream().map(ProposalHistoryEntry::actorId),
                        Stream.of(proposal.mentorId(), proposal.submitterId()))
                .flatMap(ids -> ids).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
