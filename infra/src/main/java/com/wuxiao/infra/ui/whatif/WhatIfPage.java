package com.wuxiao.infra.ui.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.whatif.api.PersonDelta;
import com.wuxiao.command.whatif.api.ProposalOutcome;
import com.wuxiao.command.whatif.api.WhatIfResult;
import com.wuxiao.infra.whatif.RulesForm;
import com.wuxiao.infra.whatif.WhatIfController;
import com.wuxiao.query.appraisal.AppraisalQueryController;
import com.wuxiao.query.appraisal.api.AppraisalRoundStatus;
import com.wuxiao.query.appraisal.api.AppraisalRoundSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 规则推演 for the union office: the rules of a finalised round or year as a form, the replay beside
 * what was decided (chart and tables, the Excel of it), and the saved scenarios to compare, open,
 * adopt for the next year or delete. Everything through {@link WhatIfController}, as the API answers.
 */
@Controller
class WhatIfPage {

    /** The form's numbers by fieldset, in order; each a parameter of {@link RulesForm}. */
    private static final Map<String, List<String>> GROUPS = groups();

    private final WhatIfController whatIf;
    private final AppraisalQueryController rounds;
    private final ObjectMapper json;

    WhatIfPage(WhatIfController whatIf, AppraisalQueryController rounds, ObjectMapper json) {
        this.whatIf = whatIf;
        this.rounds = rounds;
        this.json = json;
    }

    /** One number of the form: its parameter, its value now and its input's step. */
    record Field(String name, String value, String step) {
    }

    /** A saved scenario in the comparison: what it changes. */
    record ScenarioRow(long id, String name, String scope, String query, long gradesChanged, long deltaFen,
                       BigDecimal deltaPoints, int innovators) {
    }

    @GetMapping("/office/what-if")
    String page(@ModelAttribute("form") RulesForm form, Authentication user, Model model) throws JsonProcessingException {
        List<AppraisalRoundSummary> finalised = rounds.list(user).rounds().stream()
                .filter(r -> r.status() == AppraisalRoundStatus.FINALISED)
                .sorted(Comparator.comparing(AppraisalRoundSummary::roundId).reversed()).toList();
        model.addAttribute("rounds", finalised.stream().map(AppraisalRoundSummary::roundId).toList());
        model.addAttribute("years", finalised.stream().map(AppraisalRoundSummary::year).distinct().toList());
        if (finalised.isEmpty()) {
            return "office/whatif";
        }
        RulesForm asked = form.isRound() || form.year() != null ? form : form.withRound(finalised.get(0).roundId());
        WhatIfResult result = whatIf.whatIf(asked, user);
        model.addAttribute("scope", asked.isRound() ? asked.round().trim() : String.valueOf(asked.year()));
        model.addAttribute("isRound", asked.isRound());
        model.addAttribute("result", result);
        model.addAttribute("rules", result.rules());
        Map<String, Object> params = RulesForm.parametersOf(result.rules());
        model.addAttribute("params", params);
        Map<String, List<Field>> groups = new LinkedHashMap<>();
        GROUPS.forEach((group, names) -> groups.put(group, names.stream()
                .map(name -> new Field(name, String.valueOf(params.get(name)), name.endsWith("Yuan") ? "0.01" : "1"))
                .toList()));
        model.addAttribute("groups", groups);
        model.addAttribute("names", whatIf.names(result));
        List<ProposalOutcome> changed = result.proposals().stream().filter(WhatIfPage::changed)
                .sorted(Comparator.comparing(ProposalOutcome::gradeChanged).reversed()
                        .thenComparing(p -> p.alternative().finalScore().subtract(p.decided().finalScore()).abs(),
                                Comparator.reverseOrder()))
                .toList();
        model.addAttribute("changed", changed);
        model.addAttribute("people", result.people().stream()
                .filter(p -> p.deltaFen() != 0 || p.deltaPoints().signum() != 0)
                .sorted(Comparator.comparingLong((PersonDelta p) -> Math.abs(p.deltaFen())).reversed()).toList());
        model.addAttribute("totals", totals(result));
        model.addAttribute("gradesJson", json.writeValueAsString(gradeCounts(result)));
        model.addAttribute("query", ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery());
        model.addAttribute("scenarios", whatIf.scenarios(user).stream().map(s -> {
            WhatIfResult replayed = whatIf.scenario(s.id(), user);
            return new ScenarioRow(s.id(), s.name(), s.round() != null ? s.round() : String.valueOf(s.year()),
                    query(s.round(), s.year(), s.rules()), replayed.gradesChanged(),
                    replayed.people().stream().mapToLong(PersonDelta::deltaFen).sum(),
                    replayed.people().stream().map(PersonDelta::deltaPoints).reduce(BigDecimal.ZERO, BigDecimal::add),
                    replayed.alternative() == null ? -1 : replayed.alternative().innovators().size());
        }).toList());
        return "office/whatif";
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("weights", List.of("feasibility", "benefit", "promotability"));
        groups.put("quotas", List.of("first", "second", "third", "meritMin"));
        groups.put("rewards", List.of("firstYuan", "secondYuan", "thirdYuan", "meritYuan"));
        groups.put("points", List.of("firstPoints", "secondPoints", "thirdPoints", "meritPoints"));
        groups.put("fixed", List.of("trimFrom", "maxSpread", "topN"));
        return groups;
    }

    /** Whether the other rules move the proposal at all: its grade, rank or score. */
    private static boolean changed(ProposalOutcome p) {
        return p.gradeChanged() || p.decided().rank() != p.alternative().rank()
               || p.decided().finalScore().compareTo(p.alternative().finalScore()) != 0;
    }

    /** Money and points in all, decided and alternative. */
    private static Map<String, Object> totals(WhatIfResult result) {
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("decidedFen", result.people().stream().mapToLong(PersonDelta::decidedFen).sum());
        totals.put("alternativeFen", result.people().stream().mapToLong(PersonDelta::alternativeFen).sum());
        totals.put("decidedPoints", result.people().stream().map(PersonDelta::decidedPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        totals.put("alternativePoints", result.people().stream().map(PersonDelta::alternativePoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return totals;
    }

    /** How many proposals each grade has, decided and alternative: the chart's two series. */
    private static Map<String, Map<Grade, Long>> gradeCounts(WhatIfResult result) {
        Map<Grade, Long> decided = new EnumMap<>(Grade.class);
        Map<Grade, Long> alternative = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            decided.put(grade, 0L);
            alternative.put(grade, 0L);
        }
        result.proposals().forEach(p -> {
            decided.merge(p.decided().grade(), 1L, Long::sum);
            alternative.merge(p.alternative().grade(), 1L, Long::sum);
        });
        return Map.of("decided", decided, "alternative", alternative);
    }

    private static String query(String round, Integer year, Map<String, Object> rules) {
        StringBuilder query = new StringBuilder(round != null ? "round=" + round : "year=" + year);
        rules.forEach((key, value) -> query.append('&').append(key).append('=').append(value));
        return query.toString();
    }
}
