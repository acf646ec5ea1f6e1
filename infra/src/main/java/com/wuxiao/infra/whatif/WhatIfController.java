package com.wuxiao.infra.whatif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.ConfigureCompetitionYearCommand;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.whatif.RuleReplay;
import com.wuxiao.command.whatif.api.Commended;
import com.wuxiao.command.whatif.api.WhatIfResult;
import com.wuxiao.command.whatif.api.WhatIfRules;
import com.wuxiao.command.whatif.api.YearStandings;
import com.wuxiao.infra.ui.NameBook;
import com.wuxiao.infra.ui.Names;
import com.wuxiao.query.appraisal.AppraisalQueryController;
import com.wuxiao.query.appraisal.api.AppraisalRoundStatus;
import com.wuxiao.query.appraisal.api.AppraisalRoundSummary;
import com.wuxiao.query.commendation.api.CommendationStandings;
import com.wuxiao.query.commendation.api.FindCommendationStandingsQuery;
import com.wuxiao.query.export.XlsxDownload;
import com.wuxiao.query.web.Callers;
import com.wuxiao.query.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * 规则推演 for the union office: a finalised round, or a year's finalised rounds, replayed under other
 * appraisal rules beside what was decided (computed from the events each time, nothing written to
 * the event store); named scenarios to compare; a scenario's rules adopted for the following year
 * (an ordinary configuration of that year).
 */
@RestController
@Tag(name = "规则推演 What-if", description = "评审规则推演 / replay the appraisal rules over finished rounds")
public class WhatIfController {

    private final RuleReplay replay;
    private final AppraisalQueryController rounds;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CompetitionYears years;
    private final WhatIfScenarios scenarios;
    private final NameBook nameBook;
    private final ObjectMapper json;
    private final Clock clock;

    public WhatIfController(RuleReplay replay, AppraisalQueryController rounds, QueryGateway queries,
                            CommandGateway commands, CompetitionYears years, WhatIfScenarios scenarios,
                            NameBook nameBook, ObjectMapper json, Clock clock) {
        this.replay = replay;
        this.rounds = rounds;
        this.queries = queries;
        this.commands = commands;
        this.years = years;
        this.scenarios = scenarios;
        this.nameBook = nameBook;
        this.json = json;
        this.clock = clock;
    }

    /** A scenario to save: its name and the form's scope and numbers. */
    public record ScenarioBody(String name, RulesForm rules) {
    }

    /** What adopting a scenario did: the year configured with these rules (their trimming and spread excepted). */
    public record Adopted(int year, WhatIfRules rules) {
    }

    @GetMapping("/api/what-if")
    @Operation(summary = "规则推演 / replay finalised rounds under other rules",
            description = "round=2025-Q2, or year=2025 for its finalised rounds (then also the 创新标兵 and 优秀组织单位 "
                          + "lists of that calendar year). Any number left out is the one the round was decided by.")
    @ApiResponse(responseCode = "200", description = "each proposal, person and unit under both rules")
    @ApiResponse(responseCode = "400", description = "a number out of range, or no scope")
    @ApiResponse(responseCode = "403", description = "not the union office")
    @ApiResponse(responseCode = "409", description = "the round is not finalised")
    public WhatIfResult whatIf(@ParameterObject RulesForm form, @Parameter(hidden = true) Authentication user) {
        requireUnionOffice(user);
        return replay.replay(roundsOf(form, user), form::over, form.isRound() ? null : standings(form.year()));
    }

    @GetMapping("/api/what-if/rules")
    @Operation(summary = "推演的原规则 / the rules the scope was decided by", description = "round= or year=")
    public WhatIfRules decidedRules(@ParameterObject RulesForm form, @Parameter(hidden = true) Authentication user) {
        requireUnionOffice(user);
        return replay.decidedRules(roundsOf(form, user).get(0));
    }

    @GetMapping("/api/what-if.xlsx")
    @Operation(summary = "导出规则推演（Excel） / the what-if as an Excel file",
            description = "Sheets 申报 (every proposal), 个人, 单位, and for a year 创新标兵 and 优秀组织单位.")
    public ResponseEntity<byte[]> workbook(@ParameterObject RulesForm form, @Parameter(hidden = true) Authentication user) {
        WhatIfResult result = whatIf(form, user);
        String scope = form.isRound() ? form.round().trim() : String.valueOf(form.year());
        return XlsxDownload.attachment(WhatIfWorkbook.write(result, names(result)), "规则推演-" + scope + ".xlsx",
                "what-if-" + scope + ".xlsx");
    }

    @GetMapping("/api/what-if/scenarios")
    @Operation(summary = "推演方案 / the saved scenarios, newest first")
    public List<Scenario> scenarios(@Parameter(hidden = true) Authentication user) {
        requireUnionOffice(user);
        return scenarios.all();
    }

    @PostMapping("/api/what-if/scenarios")
    @Operation(summary = "保存推演方案 / save a named scenario",
            description = "Its rules are checked by replaying them once; the scenario keeps the question, not the answer.")
    @ApiResponse(responseCode = "201", description = "saved")
    @ApiResponse(responseCode = "409", description = "a scenario of that name exists")
    public ResponseEntity<Scenario> save(@RequestBody ScenarioBody body, @Parameter(hidden = true) Authentication user) {
        requireUnionOffice(user);
        RulesForm form = body.rules() == null ? RulesForm.none() : body.rules();
        WhatIfResult checked = whatIf(form, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(scenarios.save(body.name(), form,
                RulesForm.parametersOf(checked.rules()), user.getName(), clock.instant()));
    }

    @GetMapping("/api/what-if/scenarios/{id}")
    @Operation(summary = "推演方案的结果 / a saved scenario replayed now")
    public WhatIfResult scenario(@PathVariable long id, @Parameter(hidden = true) Authentication user) {
        requireUnionOffice(user);
        return whatIf(find(id).form(json), user);
    }

    @DeleteMapping("/api/what-if/scenarios/{id}")
    @Operation(summary = "删除推演方案 / delete a saved scenario")
    public ResponseEntity<Void> delete(@PathVariable long id, @Parameter(hidden = true) Authentication user) {
        requireUnionOffice(user);
        if (!scenarios.delete(id)) {
            throw RuleViolation.notFound("what-if-scenario-not-found");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/what-if/scenarios/{id}/adopt")
    @Operation(summary = "采用方案为下一年度规则 / adopt a scenario's rules for the following year",
            description = "Configures the year after the scenario's with its weights, quotas, rewards, grade points "
                          + "and 创新标兵 count; everything else of that year (categories, months, deadlines, the other "
                          + "points) stays, or is taken from the scenario's year if it has no configuration yet. The "
                          + "trimming threshold and the re-review spread are fixed rules, not configuration: not adopted.")
    public Adopted adopt(@PathVariable long id, @Parameter(hidden = true) Authentication user) {
        requireUnionOffice(user);
        Scenario scenario = find(id);
        RulesForm form = scenario.form(json);
        List<String> roundIds = roundsOf(form, user);
        WhatIfRules rules = form.over(replay.decidedRules(roundIds.get(0)));
        int year = replay.yearOf(roundIds.get(0));
        YearConfig base = years.find(year + 1).orElseGet(() -> years.require(year));
        PointsTable points = base.points();
        PointsTable graded = new PointsTable(points.accepted(), rules.points().first(), rules.points().second(),
                rules.points().third(), rules.points().merit(), points.patentFiled(), points.inventionGranted(),
                points.utilityModelGranted(), points.designGranted(), points.adopted(), points.replication());
        YearConfig next = new YearConfig(year + 1, base.categories(), base.declarationMonths(), rules.weights(),
                rules.quotas(), rules.rewards(), graded, base.deadlines(), rules.commendationTopN());
        commands.sendAndWait(new ConfigureCompetitionYearCommand(String.valueOf(year + 1), next, user.getName(),
                clock.instant()));
        return new Adopted(year + 1, rules);
    }

    /** The names of everyone in the result. */
    public Names names(WhatIfResult result) {
        Set<String> people = new TreeSet<>();
        result.people().forEach(p -> people.add(p.workerId()));
        for (Commended lists : Arrays.asList(result.decided(), result.alternative())) {
            if (lists != null) {
                lists.innovators().forEach(w -> people.add(w.workerId()));
            }
        }
        return nameBook.names(people, List.of());
    }

    private Scenario find(long id) {
        return scenarios.find(id).orElseThrow(() -> RuleViolation.notFound("what-if-scenario-not-found"));
    }

    /** The round asked for, or the year's finalised rounds in quarter order. */
    private List<String> roundsOf(RulesForm form, Authentication user) {
        if (form.isRound()) {
            return List.of(form.round().trim());
        }
        if (form.year() == null) {
            throw RuleViolation.invalid("what-if-scope", "round");
        }
        List<String> finalised = rounds.list(user).rounds().stream()
                .filter(r -> r.year() == form.year() && r.status() == AppraisalRoundStatus.FINALISED)
                .sorted(Comparator.comparingInt(AppraisalRoundSummary::quarter))
                .map(AppraisalRoundSummary::roundId).toList();
        if (finalised.isEmpty()) {
            throw RuleViolation.conflict("what-if-year-not-finalised", form.year());
        }
        return finalised;
    }

    private YearStandings standings(int year) {
        CommendationStandings standings = Queries.ask(queries, new FindCommendationStandingsQuery(year),
                ResponseTypes.instanceOf(CommendationStandings.class));
        return new YearStandings(year, standings.workers(), standings.units());
    }

    private static void requireUnionOffice(Authentication user) {
        Callers.requireUnionOffice(user, term("action.what-if"));
    }
}
