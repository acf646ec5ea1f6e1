package com.wuxiao.infra.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.competition.CompetitionYears;
import com.wuxiao.command.competition.api.ConfigureCompetitionYearCommand;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.whatif.api.PersonDelta;
import com.wuxiao.command.whatif.api.ProposalOutcome;
import com.wuxiao.command.whatif.api.WhatIfResult;
import com.wuxiao.command.whatif.api.WhatIfRules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 规则推演 on the demo year, through the API: the rules a round was decided by reproduce its grades,
 * rewards and points exactly (against the read side's ledger); other quotas give the grades, money
 * and points product.md's rules give, worked out here from the final scores and the authors' shares;
 * and no what-if appends an event.
 */
class WhatIfReplayTest extends DemoYearSupport {

    @Autowired
    CompetitionYears years;

    @Autowired
    ObjectMapper json;

    @Autowired
    CommandGateway commands;

    @Test
    void theDecidedRulesReproduceEveryRoundAndTheYearsLists() throws Exception {
        long events = events();
        List<String> rounds = finalisedRounds();
        assertThat(rounds).as("the demo year's finalised rounds").hasSizeGreaterThanOrEqualTo(3);
        for (String round : rounds) {
            WhatIfResult result = whatIf("round=" + round);
            assertThat(result.proposals()).as(round).isNotEmpty();
            for (ProposalOutcome p : result.proposals()) {
                assertThat(p.alternative().finalScore()).as(p.proposalId()).isEqualByComparingTo(p.decided().finalScore());
                assertThat(p.alternative().rank()).as(p.proposalId()).isEqualTo(p.decided().rank());
                assertThat(p.alternative().grade()).as(p.proposalId()).isEqualTo(p.decided().grade());
                assertThat(p.reReviewMissing()).as(p.proposalId()).isFalse();
            }
            assertThat(gradesOf(result)).as("grades of %s as the read side has them", round).isEqualTo(storedGrades(round));
            Map<String, Long> fen = new TreeMap<>();
            Map<String, BigDecimal> points = new TreeMap<>();
            for (PersonDelta d : result.people()) {
                assertThat(d.alternativeFen()).as(d.workerId()).isEqualTo(d.decidedFen());
                assertThat(d.alternativePoints()).as(d.workerId()).isEqualByComparingTo(d.decidedPoints());
                fen.put(d.workerId(), d.alternativeFen());
                points.put(d.workerId(), d.alternativePoints());
            }
            assertThat(fen).as("rewards of %s against the ledger", round).isEqualTo(ledgerFen(round));
            assertThat(points).as("points of %s against the ledger", round).isEqualTo(ledgerPoints(round));
        }
        WhatIfResult year = whatIf("year=" + year());
        assertThat(year.roundIds()).isEqualTo(rounds);
        assertThat(year.decided().innovators()).as("创新标兵").isNotEmpty();
        assertThat(year.alternative()).as("the year's lists under the decided rules").isEqualTo(year.decided());
        assertThat(events()).as("events appended by the what-ifs").isEqualTo(events);
    }

    @Test
    void otherQuotasGiveWhatProductMdSays() throws Exception {
        long events = events();
        String round = finalisedRounds().get(1);
        WhatIfResult result = whatIf("round=" + round + "&first=10&second=30&third=60&meritMin=70");
        WhatIfRules rules = result.rules();
        assertThat(List.of(rules.quotas().first(), rules.quotas().second(), rules.quotas().third(),
                rules.quotas().meritMinScore())).containsExactly(10, 30, 60, 70);
        assertThat(rules.weights()).as("left out: as decided").isEqualTo(result.decidedRules().weights());

        // product.md "Grades by quota", worked out here from the round's final scores
        List<ProposalOutcome> ranking = new ArrayList<>(result.proposals());
        ranking.sort(Comparator.comparing((ProposalOutcome p) -> p.decided().finalScore()).reversed()
                .thenComparing(ProposalOutcome::proposalId));
        int n = ranking.size();
        Map<String, Grade> expected = new HashMap<>();
        int start = 0;
        int[] cutOffs = {ceilPercent(10, n), ceilPercent(30, n), ceilPercent(60, n)};
        Grade[] grades = {Grade.FIRST, Grade.SECOND, Grade.THIRD};
        for (int g = 0; g < 3; g++) {
            int end = Math.max(start, Math.min(cutOffs[g], n));
            while (end > start && end < n
                   && ranking.get(end).decided().finalScore().compareTo(ranking.get(end - 1).decided().finalScore()) == 0) {
                end++;
            }
            for (int i = start; i < end; i++) {
                expected.put(ranking.get(i).proposalId(), grades[g]);
            }
            start = end;
        }
        for (int i = 0; i < n; i++) {
            ProposalOutcome p = ranking.get(i);
            expected.putIfAbsent(p.proposalId(), Grade.MERIT);
            if (p.decided().finalScore().compareTo(BigDecimal.valueOf(70)) < 0) {
                expected.put(p.proposalId(), Grade.NONE);
            }
        }
        Map<String, Grade> alternative = new HashMap<>();
        result.proposals().forEach(p -> alternative.put(p.proposalId(), p.alternative().grade()));
        assertThat(alternative).isEqualTo(expected);
        assertThat(result.gradesChanged()).as("other quotas change some grades").isPositive();

        // money split by share in fen, rounded down, the remainder to the first author; points to 2 decimals
        Map<String, Long> fen = new TreeMap<>();
        Map<String, BigDecimal> points = new TreeMap<>();
        for (Map.Entry<String, Grade> e : expected.entrySet()) {
            if (e.getValue() == Grade.NONE) {
                continue;
            }
            List<Map<String, Object>> authors = jdbc.sql("""
                            SELECT worker_id, share FROM proposal_author_view WHERE proposal_id = :id ORDER BY position""")
                    .param("id", e.getKey()).query().listOfRows();
            long total = rewardFen(rules, e.getValue());
            long given = 0;
            for (Map<String, Object> a : authors) {
                long part = total * ((Number) a.get("share")).intValue() / 100;
                fen.merge((String) a.get("worker_id"), part, Long::sum);
                given += part;
                points.merge((String) a.get("worker_id"), BigDecimal.valueOf(gradePoints(rules, e.getValue()))
                        .multiply(BigDecimal.valueOf(((Number) a.get("share")).intValue()))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), BigDecimal::add);
            }
            fen.merge((String) authors.get(0).get("worker_id"), total - given, Long::sum);
        }
        Map<String, Long> actualFen = new TreeMap<>();
        Map<String, BigDecimal> actualPoints = new TreeMap<>();
        for (PersonDelta d : result.people()) {
            if (d.alternativeFen() > 0) {
                actualFen.put(d.workerId(), d.alternativeFen());
            }
            if (d.alternativePoints().signum() > 0) {
                actualPoints.put(d.workerId(), d.alternativePoints());
            }
        }
        fen.values().removeIf(v -> v == 0);
        assertThat(actualFen).isEqualTo(fen);
        assertThat(actualPoints.keySet()).isEqualTo(points.keySet());
        points.forEach((worker, p) -> assertThat(actualPoints.get(worker)).as(worker).isEqualByComparingTo(p));
        assertThat(events()).as("events appended by the what-if").isEqualTo(events);
    }

    /**
     * Other weights, trimming from 3 scores and a re-review above a spread of 5 (the demo's reviewers lean
     * up to 9 points apart), worked out here from the marks the read side keeps: each weighted score, the
     * spread, which consensus stands (an upheld objection's always, a spread's only when the spread is too
     * wide under these rules too), the trimmed mean; and the proposals whose re-review never took place
     * are flagged.
     */
    @Test
    void otherWeightsTrimmingAndSpreadScoreAsProductMdSays() throws Exception {
        long events = events();
        String round = finalisedRounds().get(0);
        WhatIfResult result = whatIf("round=" + round + "&feasibility=60&benefit=20&promotability=20&trimFrom=3"
                                     + "&maxSpread=5");
        int checked = 0;
        int flagged = 0;
        for (ProposalOutcome p : result.proposals()) {
            List<BigDecimal> weighted = jdbc.sql("""
                            SELECT feasibility, benefit, promotability FROM appraisal_score_view
                            WHERE round_id = :r AND proposal_id = :p AND feasibility IS NOT NULL""")
                    .param("r", round).param("p", p.proposalId())
                    .query((rs, n) -> weighted(rs.getInt(1), rs.getInt(2), rs.getInt(3))).list();
            Map<String, Object> consensus = jdbc.sql("""
                            SELECT consensus_feasibility AS f, consensus_benefit AS b, consensus_promotability AS pr
                            FROM appraisal_proposal_view WHERE round_id = :r AND proposal_id = :p""")
                    .param("r", round).param("p", p.proposalId()).query().singleRow();
            boolean upheld = jdbc.sql("""
                            SELECT count(*) FROM appraisal_objection_view
                            WHERE round_id = :r AND proposal_id = :p AND decision = 'UPHELD'""")
                    .param("r", round).param("p", p.proposalId()).query(Long.class).single() > 0;
            BigDecimal spread = weighted.stream().max(Comparator.naturalOrder()).orElseThrow()
                    .subtract(weighted.stream().min(Comparator.naturalOrder()).orElseThrow());
            boolean tooWide = spread.compareTo(BigDecimal.valueOf(5)) > 0;
            BigDecimal expected;
            if (consensus.get("f") != null && (tooWide || upheld)) {
                expected = weighted(((Number) consensus.get("f")).intValue(), ((Number) consensus.get("b")).intValue(),
                        ((Number) consensus.get("pr")).intValue());
            } else {
                List<BigDecimal> counted = new ArrayList<>(weighted);
                counted.sort(null);
                if (counted.size() >= 3) {
                    counted = counted.subList(1, counted.size() - 1);
                }
                expected = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
            }
            assertThat(p.alternative().finalScore()).as(p.proposalId()).isEqualByComparingTo(expected);
            assertThat(p.reReviewMissing()).as(p.proposalId()).isEqualTo(tooWide && consensus.get("f") == null);
            flagged += p.reReviewMissing() ? 1 : 0;
            checked++;
        }
        assertThat(checked).isEqualTo(result.proposals().size()).isPositive();
        assertThat(result.proposals()).as("these rules move scores")
                .anyMatch(p -> p.alternative().finalScore().compareTo(p.decided().finalScore()) != 0);
        assertThat(flagged).as("a spread of 5 asks for re-reviews that never took place").isPositive();
        assertThat(events()).as("events appended by the what-if").isEqualTo(events);
    }

    @Test
    void aScenarioIsSavedComparedAndAdoptedForTheNextYear() throws Exception {
        String name = "更重效益 " + UUID.randomUUID().toString().substring(0, 6);
        ResponseEntity<String> saved = leader().exchange("/api/what-if/scenarios", HttpMethod.POST, body("""
                {"name": "%s", "rules": {"year": %s, "feasibility": 30, "benefit": 50, "promotability": 20, "topN": 12}}"""
                .formatted(name, year())), String.class);
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.CREATED);
        Number id = (Number) json.readValue(saved.getBody(), Map.class).get("id");
        ResponseEntity<String> twice = leader().exchange("/api/what-if/scenarios", HttpMethod.POST, body("""
                {"name": "%s", "rules": {"year": %s}}""".formatted(name, year())), String.class);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        WhatIfResult replayed = json.readValue(leader().getForObject("/api/what-if/scenarios/{id}", String.class, id),
                WhatIfResult.class);
        assertThat(replayed.rules().weights().benefit()).isEqualTo(50);
        assertThat(replayed.rules().commendationTopN()).isEqualTo(12);
        assertThat(replayed).as("a scenario is its question asked again")
                .isEqualTo(whatIf("year=" + year() + "&feasibility=30&benefit=50&promotability=20&topN=12"));
        List<CommendedWorker> ten = whatIf("year=" + year() + "&feasibility=30&benefit=50&promotability=20&topN=10")
                .alternative().innovators();
        assertThat(replayed.alternative().innovators()).as("12 innovators and those tied with the 12th")
                .hasSizeGreaterThanOrEqualTo(12).hasSizeGreaterThan(ten.size())
                .allMatch(w -> w.rank() <= 12).startsWith(ten.toArray(CommendedWorker[]::new));

        int next = Integer.parseInt(year()) + 1;
        Optional<YearConfig> configured = years.find(next);
        YearConfig before = configured.orElseGet(() -> years.require(next - 1));
        ResponseEntity<String> adopted = leader().exchange("/api/what-if/scenarios/{id}/adopt", HttpMethod.POST,
                body("{}"), String.class, id);
        assertThat(adopted.getStatusCode()).as(adopted.getBody()).isEqualTo(HttpStatus.OK);
        try {
            YearConfig config = years.require(next);
            assertThat(config.weights()).isEqualTo(replayed.rules().weights());
            assertThat(config.quotas()).isEqualTo(replayed.rules().quotas());
            assertThat(config.rewards()).isEqualTo(replayed.rules().rewards());
            assertThat(config.commendationTopN()).isEqualTo(12);
            assertThat(List.of(config.points().first(), config.points().second(), config.points().third(),
                    config.points().merit())).as("the grades' points of the scenario")
                    .containsExactly(replayed.rules().points().first(), replayed.rules().points().second(),
                            replayed.rules().points().third(), replayed.rules().points().merit());
            assertThat(List.of(config.points().accepted(), config.points().patentFiled(),
                    config.points().inventionGranted(), config.points().adopted(), config.points().replication()))
                    .as("the year's other points stay").containsExactly(before.points().accepted(),
                            before.points().patentFiled(), before.points().inventionGranted(), before.points().adopted(),
                            before.points().replication());
            assertThat(config.categories()).isEqualTo(before.categories());
            assertThat(config.declarationMonths()).isEqualTo(before.declarationMonths());
            assertThat(config.deadlines()).isEqualTo(before.deadlines());
        } finally {
            // the next year as the other tests of this context know it
            configured.ifPresent(config -> commands.sendAndWait(new ConfigureCompetitionYearCommand(
                    String.valueOf(next), config, "leader", clock.instant())));
        }

        ResponseEntity<String> worker = as("w1001").getForEntity("/api/what-if?year={y}", String.class, year());
        assertThat(worker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(leader().exchange("/api/what-if/scenarios/{id}", HttpMethod.DELETE, body("{}"), Void.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private WhatIfResult whatIf(String query) throws Exception {
        ResponseEntity<String> answer = leader().getForEntity("/api/what-if?" + query, String.class);
        assertThat(answer.getStatusCode()).as("%s: %s", query, answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readValue(answer.getBody(), WhatIfResult.class);
    }

    private List<String> finalisedRounds() {
        return jdbc.sql("""
                        SELECT aggregateidentifier FROM domainevententry
                        WHERE payloadtype = 'com.wuxiao.command.appraisal.api.RoundFinalisedEvent'
                          AND aggregateidentifier LIKE :year ORDER BY aggregateidentifier""")
                .param("year", year() + "-Q%").query(String.class).list();
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private static Map<String, Grade> gradesOf(WhatIfResult result) {
        Map<String, Grade> grades = new TreeMap<>();
        result.proposals().forEach(p -> grades.put(p.proposalId(), p.alternative().grade()));
        return grades;
    }

    private Map<String, Grade> storedGrades(String round) {
        Map<String, Grade> grades = new TreeMap<>();
        jdbc.sql("SELECT proposal_id, grade FROM leaderboard_award WHERE round_id = :r").param("r", round)
                .query((rs, n) -> grades.put(rs.getString(1), Grade.valueOf(rs.getString(2)))).list();
        return grades;
    }

    private Map<String, Long> ledgerFen(String round) {
        Map<String, Long> fen = new TreeMap<>();
        jdbc.sql("""
                        SELECT worker_id, sum(reward_fen) FROM points_ledger
                        WHERE round_id = :r AND kind IN ('REWARD', 'AWARD_POINTS') GROUP BY worker_id""")
                .param("r", round).query((rs, n) -> fen.put(rs.getString(1), rs.getLong(2))).list();
        return fen;
    }

    private Map<String, BigDecimal> ledgerPoints(String round) {
        Map<String, BigDecimal> points = new TreeMap<>();
        jdbc.sql("""
                        SELECT worker_id, COALESCE(sum(points), 0) FROM points_ledger
                        WHERE round_id = :r AND kind IN ('REWARD', 'AWARD_POINTS') GROUP BY worker_id""")
                .param("r", round).query((rs, n) -> points.put(rs.getString(1), rs.getBigDecimal(2).setScale(2))).list();
        return points;
    }

    private static BigDecimal weighted(int feasibility, int benefit, int promotability) {
        return BigDecimal.valueOf(60L * feasibility + 20L * benefit + 20L * promotability)
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static int ceilPercent(int percent, int n) {
        return (int) Math.ceil(percent * n / 100.0);
    }

    private static long rewardFen(WhatIfRules rules, Grade grade) {
        return switch (grade) {
            case FIRST -> rules.rewards().firstFen();
            case SECOND -> rules.rewards().secondFen();
            case THIRD -> rules.rewards().thirdFen();
            case MERIT -> rules.rewards().meritFen();
            case NONE -> 0;
        };
    }

    private static int gradePoints(WhatIfRules rules, Grade grade) {
        return switch (grade) {
            case FIRST -> rules.points().first();
            case SECOND -> rules.points().second();
            case THIRD -> rules.points().third();
            case MERIT -> rules.points().merit();
            case NONE -> 0;
        };
    }

    private static HttpEntity<String> body(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        return new HttpEntity<>(body, headers);
    }
}
