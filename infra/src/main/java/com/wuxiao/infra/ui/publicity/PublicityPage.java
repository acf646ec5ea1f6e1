package com.wuxiao.infra.ui.publicity;

import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.query.appraisal.AppraisalQueryController;
import com.wuxiao.query.appraisal.api.AppraisalRoundDetail;
import com.wuxiao.query.appraisal.api.AppraisalRoundStatus;
import com.wuxiao.query.appraisal.api.AppraisalRoundSummary;
import com.wuxiao.query.appraisal.api.RoundProposalResult;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The publicity board (公示): the ranking of a round in its publicity period, for every worker, with
 * the objection form. Without a round in publicity it shows the latest finalised one, without the form.
 */
@Controller
class PublicityPage {

    private final AppraisalQueryController rounds;
    private final NameBook nameBook;

    PublicityPage(AppraisalQueryController rounds, NameBook nameBook) {
        this.rounds = rounds;
        this.nameBook = nameBook;
    }

    @GetMapping("/publicity")
    String board(@RequestParam(required = false) String round, Authentication user, Model model) {
        List<AppraisalRoundSummary> published = rounds.list(user).rounds().stream()
                .filter(r -> r.status().published()).toList();
        Optional<AppraisalRoundSummary> shown = published.stream()
                .filter(r -> round == null ? r.status() == AppraisalRoundStatus.PUBLICITY : r.roundId().equals(round))
                .findFirst().or(() -> round == null ? published.stream().findFirst() : Optional.empty());
        model.addAttribute("published", published);
        if (shown.isPresent()) {
            AppraisalRoundDetail detail = rounds.detail(shown.get().roundId(), user);
            model.addAttribute("round", detail);
            model.addAttribute("objectionsOpen", detail.status() == AppraisalRoundStatus.PUBLICITY);
            model.addAttribute("names", nameBook.names(people(detail.results()), List.of(detail.year())));
        }
        return "publicity/board";
    }

    private static List<String> people(List<RoundProposalResult> results) {
        return results.stream()
                .flatMap(r -> Stream.concat(r.authors().stream().map(Author::workerId), Stream.of(r.mentorId())))
                .filter(Objects::nonNull).distinct().toList();
    }
}
