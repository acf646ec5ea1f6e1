package com.wuxiao.infra.it;

import com.wuxiao.processes.proposal.ProposalSheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A whole quarterly appraisal, done as the people would do it, through our HTTP API and Camunda's
 * REST task API: 32 proposals of four units (alone, in teams, across units, with a mentor) accepted
 * by their coordinators in August 2025 (by another coordinator or the union office where the
 * coordinator authors or mentors one); the union office opens 2025-Q3 and names a panel of six; each
 * reviewer scores the proposals in their task list; two proposals whose scores spread too far get a
 * consensus score; the ranking is approved and published; one objection is denied and one upheld,
 * which sends that proposal to re-review, and the round is ranked, approved and published again;
 * the publicity timer fires in September and the round is finalised.
 * <p>
 * Grades, rewards per person, points and the individual, unit and category leaderboards of the
 * months, the quarter and the year are then compared with values worked out in this test from
 * product.md's rules ({@link WrittenRules}) and the scores the reviewers gave; finally the read
 * models are cleared and replayed, and answer the same.
 */
class QuarterlyAppraisalIntegrationTest extends AppraisalTestSupport {

    private static final int YEAR = 2025;
    private static final String ROUND = "2025-Q3";
    private static final List<String> PANEL = List.of("r0001", "r0002", "r0003", "r0004", "r0005", "r0006");
    /** Demo directory: every person's unit (reviewers included, for conflicts of interest). */
    private static final Map<String, String> UNIT_OF = Map.ofEntries(
            Map.entry("w1001", "ZC1"), Map.entry("w1002", "ZC1"), Map.entry("c1001", "ZC1"),
            Map.entry("w2001", "JJ2"), Map.entry("c2001", "JJ2"),
            Map.entry("w3001", "JDK"), Map.entry("w3002", "JDK"), Map.entry("c3001", "JDK"),
            Map.entry("c4001", "TFQ"),
            Map.entry("r0001", "JDK"), Map.entry("r0002", "ZC1"), Map.entry("r0003", "TFQ"),
            Map.entry("r0004", "JJ2"), Map.entry("r0005", "GH"), Map.entry("r0006", "GH"));
    private static final Map<String, String> PANEL_ROLE = Map.of(
            "r0001", "TECH_EXPERT", "r0004", "TECH_EXPERT", "r0002", "PRODUCTION_BACKBONE",
            "r0005", "PRODUCTION_BACKBONE", "r0003", "UNION_REP", "r0006", "UNION_REP");
    /** How much each reviewer scores above or below a proposal's quality. */
    private static final Map<String, Integer> LEANING = Map.of(
            "r0001", 3, "r0002", -2, "r0003", 1, "r0004", -4, "r0005", 5, "r0006", 0);
    private static final List<String> CATEGORIES = List.of("JJKF", "JDYS", "TFAQ", "CMJS");

    /** The year's configuration; MERIT money (¥333.33) does not split evenly, to show the rounding. */
    private static final Map<String, Long> REWARD_FEN = Map.of(
            "FIRST", 500_000L, "SECOND", 300_000L, "THIRD", 100_000L, "MERIT", 33_333L);
    private static final int ACCEPTED_POINTS = 2;
    private static final Map<String, Integer> AWARD_POINTS = Map.of("FIRST", 20, "SECOND", 12, "THIRD", 6, "MERIT", 3);

    private static final String ACCEPTED_MONTH = "2025-08";
    private static final String FINALISED_MONTH = "2025-09";

    private static final List<Team> TEAMS = List.of(
            new Team("w1001", "ZC1", shares("w1001", 100), null),
            new Team("w1002", "ZC1", shares("w1002", 60, "w1001", 40), null),
            new Team("c1001", "ZC1", shares("c1001", 34, "w1001", 33, "w1002", 33), null),
            new Team("w2001", "JJ2", shares("w2001", 100), null),
            new Team("c2001", "JJ2", shares("c2001", 50, "w2001", 50), null),
            new Team("w3001", "JDK", shares("w3001", 70, "w3002", 30), null),
            new Team("w3002", "JDK", shares("w3002", 100), "c3001"),
            new Team("c3001", "JDK", shares("c3001", 100), null),
            new Team("c4001", "TFQ", shares("c4001", 100), null),
            new Team("w3001", "JDK", shares("w3001", 50, "w2001", 50), null));

    private static final int PROPOSALS = 32;
    /** Scored far apart by one reviewer: consensus re-review before the first ranking. */
    private static final Set<Integer> SPREAD = Set.of(6, 13);
    private static final Map<Integer, int[]> CONSENSUS = Map.of(6, new int[]{88, 85, 80}, 13, new int[]{70, 72, 66});
    private static final int DENIED_OBJECTION = 0;
    private static final int UPHELD_OBJECTION = 4;
    private static final int[] OBJECTION_RE_REVIEW = {60, 58, 55};

    private record Planned(int index, String id, Team team, String category, int quality) {
    }

    /**
     * Quality falls with the index; proposals 1 and 2 (both of ZC1, so scored by the same reviewers)
     * are equal and tie at the boundary of FIRST; the last four end below 60.
     */
    private static int quality(int index) {
        if (index == 2) {
            return quality(1);
        }
        return index < 28 ? 92 - index : 81 - index;
    }

    @Test
    void aQuarterOfThirtyTwoProposalsIsAppraisedByAPanelOfSixAndItsResultsAddUp() {
        // --- August: submissions and the monthly review --------------------------------------------
        clock.travelTo(shanghai(YEAR, 8, 27, 9));
        configureYear(YEAR, pointsTable(ACCEPTED_POINTS, AWARD_POINTS.get("FIRST"), AWARD_POINTS.get("SECOND"),
                        AWARD_POINTS.get("THIRD"), AWARD_POINTS.get("MERIT")),
                rewardsTable(REWARD_FEN.get("FIRST"), REWARD_FEN.get("SECOND"), REWARD_FEN.get("THIRD"),
                        REWARD_FEN.get("MERIT")));
        Map<String, Planned> proposals = new LinkedHashMap<>();
        for (int i = 0; i < PROPOSALS; i++) {
            Team team = TEAMS.get(i % TEAMS.size());
            String category = CATEGORIES.get(i % CATEGORIES.size());
            String id = submit(team.submitter(), body(i, team, category));
            proposals.put(id, new Planned(i, id, team, category, quality(i)));
        }
        proposals.values().forEach(p -> accept(p.team().screener(), p.id()));
        proposals.keySet().forEach(id -> awaitProposalStatus("leader", id, "ACCEPTED"));
        Map<Integer, String> idOf = proposals.values().stream()
                .collect(Collectors.toMap(Planned::index, Planned::id));

        // --- the round opens over the quarter's pool, the panel is named --------------------------
        clock.travelTo(shanghai(YEAR, 8, 29, 9));
        String instance = openRound(YEAR, 3);
        namePanel(ROUND, String.join(", ", PANEL), 5);
        runContinuations(instance);

        // --- each reviewer scores what their task list shows --------------------------------------
        Map<String, Map<String, BigDecimal>> weighted = new HashMap<>();
        for (String reviewer : PANEL) {
            for (Map<String, Object> task : tasks(reviewer, ROUND, "scoreProposal")) {
                assertThat(task.get("assignee")).isEqualTo(reviewer);
                Planned proposal = proposals.get(taskVariable(reviewer, task, "proposalId"));
                assertThat(proposal).as("a scoring task of a proposal outside the pool").isNotNull();
                assertThat(taskVariable(reviewer, task, "title")).as("the reviewer sees what they score")
                        .isEqualTo(title(proposal.index(), proposal.category()));
                int[] score = scoreOf(proposal, reviewer);
                complete(reviewer, task, scores(score[0], score[1], score[2], "评审意见 " + reviewer));
                weighted.computeIfAbsent(proposal.id(), id -> new TreeMap<>())
                        .put(reviewer, WrittenRules.weighted(score[0], score[1], score[2]));
            }
        }
        runContinuations(instance);

        // Five scorers each (the panel minus the proposal unit's own member), all three roles.
        proposals.values().forEach(p -> {
            Set<String> expectedScorers = new HashSet<>(PANEL);
            expectedScorers.removeIf(reviewer -> UNIT_OF.get(reviewer).equals(p.team().unit()));
            assertThat(weighted.get(p.id()).keySet()).as("scorers of proposal " + p.index())
                    .isEqualTo(expectedScorers);
            assertThat(expectedScorers.stream().map(PANEL_ROLE::get).collect(Collectors.toSet())).hasSize(3);
        });
        assertScoringProgressComplete(proposals.size() * 5);
        // The tasks showed their proposal sheets; Camunda's history kept the scores, not the copies.
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instance)
                .variableName("feasibility").count()).isGreaterThanOrEqualTo(proposals.size() * 5L);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instance)
                .variableNameIn(ProposalSheet.TITLE, ProposalSheet.AUTHORS_NAMES).count()).isZero();

        // --- consensus re-review where the weighted scores spread by more than 30 -------------------
        Set<String> spread = weighted.entrySet().stream()
                .filter(e -> WrittenRules.spread(List.copyOf(e.getValue().values())).compareTo(BigDecimal.valueOf(30)) > 0)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(spread).isEqualTo(SPREAD.stream().map(idOf::get).collect(Collectors.toSet()));
        Map<String, BigDecimal> finalScores = new HashMap<>();
        weighted.forEach((id, scores) -> finalScores.put(id, WrittenRules.finalScore(List.copyOf(scores.values()))));
        List<Map<String, Object>> consensusTasks = tasks("leader", ROUND, "consensusReReview");
        assertThat(consensusTasks).hasSize(SPREAD.size());
        for (Map<String, Object> task : consensusTasks) {
            Planned proposal = proposals.get(taskVariable("leader", task, "proposalId"));
            int[] agreed = CONSENSUS.get(proposal.index());
            complete("leader", task, scores(agreed[0], agreed[1], agreed[2], "评审组一致意见"));
            finalScores.put(proposal.id(), WrittenRules.weighted(agreed[0], agreed[1], agreed[2]));
        }
        runContinuations(instance);

        // --- the first ranking, as the union office sees it before approving ----------------------
        Map<String, String> firstGrades = WrittenRules.grades(finalScores);
        assertThat(firstGrades.values().stream().filter("FIRST"::equals).count())
                .as("the tie at FIRST's boundary widens FIRST to three").isEqualTo(3);
        assertThat(firstGrades.get(idOf.get(UPHELD_OBJECTION))).isNotEqualTo("NONE");
        assertRanking(finalScores, firstGrades, "grade");

        clock.travelTo(shanghai(YEAR, 9, 1, 10));
        complete("leader", singleTask("leader", ROUND, "approveRanking"), Map.of("rankingChecked", true));

        // --- publicity: one objection denied, one upheld --------------------------------------------
        clock.travelTo(shanghai(YEAR, 9, 2, 10));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertPublicityBoard("w2001", true));
        object("w2001", idOf.get(DENIED_OBJECTION), "成果与往年项目雷同");
        object("w3002", idOf.get(UPHELD_OBJECTION), "效益数据不实，实际节约远低于申报");
        for (Map<String, Object> task : awaitTasks("leader", ROUND, "decideObjection", 2)) {
            boolean upheld = taskVariable("leader", task, "proposalId").equals(idOf.get(UPHELD_OBJECTION));
            complete("leader", task, Map.of("objectionOutcome", upheld ? "UPHELD" : "DENIED",
                    "decisionNote", upheld ? "经核实异议属实" : "经核实不存在雷同"));
        }
        Map<String, Object> reReview = singleTask("leader", ROUND, "objectionReReview");
        assertThat(taskVariable("leader", reReview, "proposalId")).isEqualTo(idOf.get(UPHELD_OBJECTION));
        complete("leader", reReview, scores(OBJECTION_RE_REVIEW[0], OBJECTION_RE_REVIEW[1], OBJECTION_RE_REVIEW[2],
                "按核实后的效益重新评分"));
        finalScores.put(idOf.get(UPHELD_OBJECTION),
                WrittenRules.weighted(OBJECTION_RE_REVIEW[0], OBJECTION_RE_REVIEW[1], OBJECTION_RE_REVIEW[2]));
        runContinuations(instance);

        Map<String, String> grades = WrittenRules.grades(finalScores);
        assertThat(grades.get(idOf.get(UPHELD_OBJECTION))).isEqualTo("NONE");
        assertRanking(finalScores, grades, "grade");

        clock.travelTo(shanghai(YEAR, 9, 3, 10));
        complete("leader", singleTask("leader", ROUND, "approveRanking"), Map.of("rankingChecked", true));

        // --- the new publicity period passes; the timer finalises the round -----------------------
        clock.travelTo(shanghai(YEAR, 9, 9, 10));
        firePublicityTimer(instance);
        assertThat(historicState(instance)).isEqualTo("COMPLETED");
        assertRanking(finalScores, grades, "finalGrade");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertPublicityBoard("w3002", false));

        // --- rewards, points and leaderboards, worked out from the rules --------------------------
        List<Entry> ledger = expectedLedger(proposals.values(), grades);
        Set<String> workers = ledger.stream().map(Entry::worker).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String worker : workers) {
                assertWorkerPoints(worker, ledger);
            }
        });
        assertRewardsWorkbook(ledger);
        proposals.keySet().forEach(id -> {
            Map<String, Object> proposal = awaitProposalStatus("leader", id,
                    grades.get(id).equals("NONE") ? "NOT_AWARDED" : "AWARDED");
            assertThat(proposal).containsEntry("grade", grades.get(id)).containsEntry("roundId", ROUND);
        });
        Map<String, String> categoryOf = proposals.values().stream()
                .collect(Collectors.toMap(Planned::id, Planned::category));
        Map<String, String> unitOfProposal = proposals.values().stream()
                .collect(Collectors.toMap(Planned::id, p -> p.team().unit()));
        for (String period : List.of(ACCEPTED_MONTH, FINALISED_MONTH, ROUND, String.valueOf(YEAR))) {
            List<Entry> inPeriod = ledger.stream().filter(e -> e.in(period)).toList();
            Set<String> awardedInPeriod = period.equals(ACCEPTED_MONTH) ? Set.of() : awarded(grades);
            Set<String> acceptedInPeriod = period.equals(FINALISED_MONTH) ? Set.of() : proposals.keySet();
            assertBoard("individuals", period, individuals(inPeriod));
            assertBoard("units", period, units(inPeriod, unitOfProposal, acceptedInPeriod, awardedInPeriod));
            assertBoard("categories", period, categories(inPeriod, categoryOf, acceptedInPeriod, awardedInPeriod));
        }

        // --- the round was loaded from its snapshots (every 10 events in the tests) throughout -----
        // Scores, re-reviews, objections and finalisation above were decided by a round rebuilt from
        // a snapshot and the events after it; the figures they add up to were computed independently.
        Map<String, Object> snapshot = jdbc.sql("""
                        select sequencenumber, payloadrevision from snapshotevententry
                        where aggregateidentifier = ? order by sequencenumber desc limit 1""")
                .param(ROUND).query().singleRow();
        assertThat(snapshot.get("payloadrevision")).isEqualTo("1");
        assertThat(((Number) snapshot.get("sequencenumber")).longValue()).as("past the scoring's start")
                .isGreaterThan(PROPOSALS);

        // --- replay: the read models rebuilt from the events answer the same ----------------------
        Map<String, Object> before = answers(proposals.keySet());
        replay("leaderboard-projection", "appraisal-projection", "proposal-projection");
        assertThat(answers(proposals.keySet())).isEqualTo(before);
    }

    /** Every leaderboard of the round's periods, the round, and its proposals, as the union office reads them. */
    private Map<String, Object> answers(Set<String> proposalIds) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String kind : List.of("individuals", "units", "categories")) {
            for (String period : List.of(ACCEPTED_MONTH, FINALISED_MONTH, ROUND, String.valueOf(YEAR))) {
                String board = "/api/leaderboards/" + kind + "?period=" + period + "&size=100";
                answers.put(board, as("leader").getForObject(board, Object.class));
            }
        }
        answers.put(ROUND, as("leader").getForObject("/api/appraisal-rounds/{id}", Object.class, ROUND));
        proposalIds.forEach(id -> answers.put(id, proposal("leader", id)));
        return answers;
    }

    // --- what the people do ------------------------------------------------------------------------

    /**
     * A reviewer's three criteria: the proposal's quality shifted by the reviewer's leaning, so the
     * weighted score is quality + leaning − 0.05; for the spread proposals one reviewer scores 40 lower.
     */
    private static int[] scoreOf(Planned proposal, String reviewer) {
        int base = proposal.quality() + LEANING.get(reviewer);
        if (SPREAD.contains(proposal.index()) && reviewer.equals("r0006")) {
            base = proposal.quality() - 40;
        }
        return new int[]{base + 2, base - 1, base - 2};
    }

    private void object(String worker, String proposalId, String reason) {
        ResponseEntity<String> raised = as(worker).postForEntity("/api/appraisal-rounds/{id}/objections",
                Map.of("proposalId", proposalId, "reason", reason), String.class, ROUND);
        assertThat(raised.getStatusCode().value()).as(raised.getBody()).isEqualTo(201);
    }

    // --- what the union office and the workers then read ------------------------------------------

    @SuppressWarnings("unchecked")
    private void assertScoringProgressComplete(int tasks) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> progress = as("leader").getForObject("/api/appraisal-rounds/{id}/progress",
                    Map.class, ROUND);
            assertThat(progress.get("done")).isEqualTo(tasks);
            assertThat(progress.get("assigned")).isEqualTo(tasks);
            List<Map<String, Object>> scorers = (List<Map<String, Object>>) progress.get("scorers");
            assertThat(scorers).extracting(s -> s.get("scorerId")).containsExactlyInAnyOrderElementsOf(PANEL);
            assertThat(scorers).allSatisfy(s -> assertThat(s.get("done")).isEqualTo(s.get("assigned")));
        });
    }

    /**
     * The publicity board as a worker of another unit reads it: the round's ranking, rank and title,
     * in the API's order, and the objection form only while the round is in publicity.
     */
    @SuppressWarnings("unchecked")
    private void assertPublicityBoard(String worker, boolean inPublicity) {
        Map<String, Object> round = as("leader").getForObject("/api/appraisal-rounds/{id}", Map.class, ROUND);
        List<String> expected = ((List<Map<String, Object>>) round.get("results")).stream()
                .map(r -> r.get("rank") + " " + r.get("title")).toList();
        String page = as(worker).getForObject("/publicity?round={id}", String.class, ROUND);
        assertThat(page).as("the board of %s", ROUND).contains("<table id=\"ranking\">");
        String table = page.substring(page.indexOf("<table id=\"ranking\">"), page.indexOf("</table>"));
        List<String> shown = new ArrayList<>();
        java.util.regex.Matcher row = java.util.regex.Pattern
                .compile("<tr>\\s*<td>(\\d+)</td>\\s*<td>([^<]*)</td>").matcher(table);
        while (row.find()) {
            shown.add(row.group(1) + " " + row.group(2));
        }
        assertThat(shown).as("the board's ranking").isNotEmpty().isEqualTo(expected);
        if (inPublicity) {
            assertThat(page).contains("id=\"objection-form\"", "data-round-id=\"" + ROUND + "\"");
        } else {
            assertThat(page).doesNotContain("id=\"objection-form\"");
        }
    }

    /** The round's results as the union office reads them: scores and the given grade field. */
    @SuppressWarnings("unchecked")
    private void assertRanking(Map<String, BigDecimal> finalScores, Map<String, String> grades, String gradeField) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> round = as("leader").getForObject("/api/appraisal-rounds/{id}", Map.class, ROUND);
            List<Map<String, Object>> results = (List<Map<String, Object>>) round.get("results");
            assertThat(results).hasSize(finalScores.size());
            Map<String, BigDecimal> scores = new HashMap<>();
            Map<String, String> given = new HashMap<>();
            for (Map<String, Object> result : results) {
                scores.put((String) result.get("proposalId"), decimal(result.get("finalScore")));
                given.put((String) result.get("proposalId"), (String) result.get(gradeField));
            }
            assertThat(scores).isEqualTo(finalScores);
            assertThat(given).isEqualTo(grades);
        });
    }

    private String historicState(String instance) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getState();
    }

    @SuppressWarnings("unchecked")
    private void assertWorkerPoints(String worker, List<Entry> ledger) {
        Map<String, Object> mine = as(worker).getForObject("/api/workers/me/points?period={year}", Map.class, YEAR);
        List<Entry> own = ledger.stream().filter(e -> e.worker().equals(worker)).toList();
        assertThat(decimal(mine.get("points"))).as("points of " + worker)
                .isEqualTo(own.stream().map(Entry::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        assertThat(((Number) mine.get("rewardFen")).longValue()).as("reward of " + worker)
                .isEqualTo(own.stream().mapToLong(Entry::rewardFen).sum());
    }

    /** The union office's Excel file of the round: money and award points per person, 合计 last. */
    private void assertRewardsWorkbook(List<Entry> ledger) {
        ResponseEntity<byte[]> download = as("leader").getForEntity("/api/appraisal-rounds/{id}/rewards.xlsx",
                byte[].class, ROUND);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        Map<String, Long> expectedFen = new TreeMap<>();
        Map<String, BigDecimal> expectedPoints = new TreeMap<>();
        ledger.stream().filter(e -> !e.acceptance()).forEach(e -> {
            expectedFen.merge(e.worker(), e.rewardFen(), Long::sum);
            expectedPoints.merge(e.worker(), e.points(), BigDecimal::add);
        });
        Map<String, Long> actualFen = new TreeMap<>();
        Map<String, BigDecimal> actualPoints = new TreeMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
            Sheet sheet = workbook.getSheet("个人奖励");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("奖金（元）");
            for (int r = 1; r <= expectedFen.size(); r++) {
                Row row = sheet.getRow(r);
                String worker = row.getCell(0).getStringCellValue();
                actualFen.put(worker, Math.round(row.getCell(4).getNumericCellValue() * 100));
                actualPoints.put(worker, BigDecimal.valueOf(row.getCell(5).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP));
            }
            Row total = sheet.getRow(expectedFen.size() + 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(Math.round(total.getCell(4).getNumericCellValue() * 100))
                    .isEqualTo(expectedFen.values().stream().mapToLong(Long::longValue).sum());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(actualFen).isEqualTo(expectedFen);
        assertThat(actualPoints).isEqualTo(expectedPoints);
    }

    // --- expected values ---------------------------------------------------------------------------

    /** One worker's points or money from one proposal, as the rules split them. */
    private record Entry(String worker, String unit, String proposalId, String month, boolean acceptance,
                         BigDecimal points, long rewardFen) {

        boolean in(String period) {
            return month.equals(period) || period.equals(ROUND) || period.equals(String.valueOf(YEAR));
        }
    }

    private static List<Entry> expectedLedger(Iterable<Planned> proposals, Map<String, String> grades) {
        List<Entry> ledger = new ArrayList<>();
        for (Planned p : proposals) {
            Map<String, Integer> shares = p.team().authors();
            String grade = grades.get(p.id());
            Map<String, Long> money = grade.equals("NONE") ? Map.of()
                    : WrittenRules.splitMoney(REWARD_FEN.get(grade), shares);
            shares.forEach((worker, share) -> {
                ledger.add(new Entry(worker, UNIT_OF.get(worker), p.id(), ACCEPTED_MONTH, true,
                        WrittenRules.splitPoints(ACCEPTED_POINTS, share), 0));
                if (!grade.equals("NONE")) {
                    ledger.add(new Entry(worker, UNIT_OF.get(worker), p.id(), FINALISED_MONTH, false,
                            WrittenRules.splitPoints(AWARD_POINTS.get(grade), share), money.get(worker)));
                }
            });
        }
        return ledger;
    }

    private static Set<String> awarded(Map<String, String> grades) {
        return grades.entrySet().stream().filter(e -> !e.getValue().equals("NONE"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** A leaderboard row as compared: rank is added when the board is put in order. */
    private record BoardRow(String key, BigDecimal points, long rewardFen, int accepted, int awarded, Integer members,
                       String unitId) {
    }

    private static Map<String, BoardRow> individuals(List<Entry> entries) {
        Map<String, BoardRow> rows = new HashMap<>();
        entries.stream().collect(Collectors.groupingBy(Entry::worker)).forEach((worker, own) -> rows.put(worker,
                new BoardRow(worker, sumPoints(own), sumMoney(own), distinctProposals(own, true),
                        distinctProposals(own, false), null, UNIT_OF.get(worker))));
        return rows;
    }

    /** Points count for the unit each worker belongs to; accepted and awarded count the unit's own proposals. */
    private static Map<String, BoardRow> units(List<Entry> entries, Map<String, String> unitOfProposal,
                                          Set<String> accepted, Set<String> awarded) {
        Map<String, BoardRow> rows = new HashMap<>();
        entries.stream().collect(Collectors.groupingBy(Entry::unit)).forEach((unit, own) -> rows.put(unit,
                new BoardRow(unit, sumPoints(own), sumMoney(own),
                        countOf(accepted, unitOfProposal, unit), countOf(awarded, unitOfProposal, unit),
                        (int) own.stream().map(Entry::worker).distinct().count(), null)));
        return rows;
    }

    private static Map<String, BoardRow> categories(List<Entry> entries, Map<String, String> categoryOf,
                                               Set<String> accepted, Set<String> awarded) {
        Map<String, BoardRow> rows = new HashMap<>();
        entries.stream().collect(Collectors.groupingBy(e -> categoryOf.get(e.proposalId()))).forEach((category, own) ->
                rows.put(category, new BoardRow(category, sumPoints(own), sumMoney(own),
                        countOf(accepted, categoryOf, category), countOf(awarded, categoryOf, category), null, null)));
        return rows;
    }

    private static int countOf(Set<String> proposals, Map<String, String> groupOf, String group) {
        return (int) proposals.stream().filter(id -> groupOf.get(id).equals(group)).count();
    }

    private static BigDecimal sumPoints(List<Entry> entries) {
        return entries.stream().map(Entry::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static long sumMoney(List<Entry> entries) {
        return entries.stream().mapToLong(Entry::rewardFen).sum();
    }

    private static int distinctProposals(List<Entry> entries, boolean acceptance) {
        return (int) entries.stream().filter(e -> e.acceptance() == acceptance).map(Entry::proposalId).distinct().count();
    }

    /** The board of the period equals the expected rows, ranked by points (1, 2, 2, 4), best first. */
    @SuppressWarnings("unchecked")
    private void assertBoard(String kind, String period, Map<String, BoardRow> expected) {
        List<BoardRow> ordered = new ArrayList<>(expected.values());
        ordered.sort((a, b) -> a.points().compareTo(b.points()) != 0 ? b.points().compareTo(a.points())
                : a.rewardFen() != b.rewardFen() ? Long.compare(b.rewardFen(), a.rewardFen()) : a.key().compareTo(b.key()));
        List<String> expectedRanks = new ArrayList<>();
        for (BoardRow row : ordered) {
            long better = ordered.stream().filter(other -> other.points().compareTo(row.points()) > 0).count();
            expectedRanks.add(row.key() + "#" + (better + 1));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> page = as("leader").getForObject("/api/leaderboards/{kind}?period={period}&size=100",
                    Map.class, kind, period);
            List<Map<String, Object>> rows = (List<Map<String, Object>>) page.get("rows");
            List<BoardRow> actual = rows.stream().map(r -> new BoardRow((String) r.get("key"), decimal(r.get("points")),
                    ((Number) r.get("rewardFen")).longValue(), (Integer) r.get("accepted"), (Integer) r.get("awarded"),
                    (Integer) r.get("members"), (String) r.get("unitId"))).toList();
            assertThat(actual).as(kind + " " + period).containsExactlyElementsOf(ordered);
            assertThat(rows).extracting(r -> r.get("key") + "#" + r.get("rank")).as(kind + " ranks " + period)
                    .containsExactlyElementsOf(expectedRanks);
        });
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static BigDecimal decimal(Object number) {
        return number == null ? null : new BigDecimal(number.toString()).setScale(2);
    }
}
