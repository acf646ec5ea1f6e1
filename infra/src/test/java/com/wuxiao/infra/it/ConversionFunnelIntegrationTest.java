package com.wuxiao.infra.it;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.wuxiao.infra.it.FunnelModel.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From award to production, done as the people would do it through our HTTP API and Camunda's REST
 * task API: twelve proposals of four units are accepted in February 2023 and all awarded in the
 * round 2023-Q1; eleven of them go on. The union office takes five through patent promotion
 * (granted after an office action, granted, rejected, abandoned, still at the office) and hands
 * nine over to production units, twelve handovers in all, whose owners run the trials and decide
 * (six results adopted, one of them after another unit declined it, two replications, two still in
 * trial, one not started);
 * the benefit-report timers fire 3 and 12 months after adoption and the owners report what was
 * measured.
 * <p>
 * The funnel of the year, of each quarter and of two months is then compared, per unit and in total,
 * with {@link FunnelModel}, which works it out from what this test did; the commendation is drafted
 * and confirmed; finally the read models are cleared and replayed and the funnel and the
 * commendation lists answer the same.
 */
class ConversionFunnelIntegrationTest extends AppraisalTestSupport {

    private static final int YEAR = 2023;
    private static final String ROUND = "2023-Q1";
    private static final List<String> PANEL = List.of("r0001", "r0002", "r0003", "r0004", "r0005", "r0006");
    private static final Map<String, String> OWNER_OF = Map.of(
            "ZC1", "owner", "JJ2", "owner2", "JDK", "owner3", "TFQ", "owner4");
    private static final List<Team> TEAMS = List.of(
            new Team("w1001", "ZC1", shares("w1001", 100), null),
            new Team("w1002", "ZC1", shares("w1002", 60, "w1001", 40), null),
            new Team("w2001", "JJ2", shares("w2001", 100), null),
            new Team("w3001", "JDK", shares("w3001", 70, "w3002", 30), null),
            new Team("c4001", "TFQ", shares("c4001", 100), null));
    private static final int RESULTS = 12;
    private static final Instant AWARDED = beijing(YEAR, 3, 28, 10);
    /** The year's points (product.md's defaults); {@link #pointsTable} gives the same table to the year. */
    private static final int ACCEPTED_POINTS = 2;
    private static final Map<String, Integer> GRADE_POINTS = Map.of("FIRST", 20, "SECOND", 12, "THIRD", 6, "MERIT", 2);
    private static final int FILED_POINTS = 5;
    private static final Map<String, Integer> GRANT_POINTS = Map.of("INVENTION", 15, "UTILITY_MODEL", 8, "DESIGN", 4);
    private static final int ADOPTED_POINTS = 10;
    private static final int REPLICATION_POINTS = 5;

    private final FunnelModel model = new FunnelModel();
    private final List<String> ids = new ArrayList<>();
    private final Map<String, String> unitOf = new HashMap<>();
    private final Map<String, String> typeOf = new HashMap<>();
    /** Each worker's points of the year, worked out from product.md §4 as the steps happen. */
    private final Map<String, BigDecimal> points = new TreeMap<>();
    private final Set<String> adoptedResults = new HashSet<>();

    @Test
    void awardedResultsGoThroughPatentsAndProductionAndTheFunnelAddsUp() {
        awardTwelveResults();

        // --- patents ---------------------------------------------------------------------------------
        String p0 = nominate(0, "INVENTION", beijing(YEAR, 4, 3, 9));
        String p2 = nominate(2, "UTILITY_MODEL", beijing(YEAR, 4, 3, 9));
        String p3 = nominate(3, "DESIGN", beijing(YEAR, 4, 3, 9));
        String p5 = nominate(5, "INVENTION", beijing(YEAR, 4, 3, 9));
        String p10 = nominate(10, "DESIGN", beijing(YEAR, 4, 3, 9));
        at(beijing(YEAR, 4, 6, 9));
        patentTask(p0, "prepareApplication", Map.of("prepareDecision", "PREPARE", "agency", "华诚专利代理",
                "preparationNote", "权利要求 8 项"));
        patentTask(p2, "prepareApplication", Map.of("prepareDecision", "PREPARE", "agency", "华诚专利代理"));
        patentTask(p3, "prepareApplication", Map.of("prepareDecision", "PREPARE", "agency", "本公司知识产权部"));
        patentTask(p5, "prepareApplication", Map.of("prepareDecision", "ABANDON", "abandonReason", "检索发现在先技术"));
        patentTask(p10, "prepareApplication", Map.of("prepareDecision", "PREPARE", "agency", "本公司知识产权部"));
        file(p0, 0, "CN202310000001.0", beijing(YEAR, 4, 10, 9));
        file(p2, 2, "CN202320000002.0", beijing(YEAR, 4, 12, 9));
        file(p3, 3, "CN202330000003.0", beijing(YEAR, 5, 8, 9));
        // filed on 28 April, recorded on 9 May; still at the office
        file(p10, 10, "CN202330000010.0", LocalDate.of(YEAR, 4, 28), beijing(YEAR, 5, 9, 9));
        at(beijing(YEAR, 6, 1, 9));
        patentTask(p0, "awaitOfficeDecision", Map.of("officeDecision", "OFFICE_ACTION", "issuedOn", "2023-05-30",
                "responseDue", "2023-07-30", "summary", "权利要求 3 缺乏创造性"));
        at(beijing(YEAR, 6, 20, 9));
        patentTask(p0, "answerOfficeAction", Map.of("answerDecision", "ANSWER", "answeredOn", "2023-06-20",
                "answerNote", "合并权利要求 3 与 4"));
        grant(p2, 2, "ZL202320000002.0", beijing(YEAR, 7, 5, 9));
        grant(p0, 0, "ZL202310000001.0", beijing(YEAR, 8, 15, 9));
        at(beijing(YEAR, 9, 1, 9));
        patentTask(p3, "awaitOfficeDecision", Map.of("officeDecision", "REJECTED", "rejectedOn", "2023-08-30",
                "rejectionReason", "不符合外观设计授权条件"));

        // --- conversion to production -----------------------------------------------------------------
        at(beijing(YEAR, 4, 5, 9));
        String c0 = handOver(0, "JJ2");
        String c1 = handOver(1, "JDK");
        at(beijing(YEAR, 4, 6, 9));
        String c2 = handOver(2, "ZC1");
        at(beijing(YEAR, 4, 7, 9));
        String c3 = handOver(3, "TFQ");
        String c4 = handOver(4, "ZC1");
        at(beijing(YEAR, 4, 8, 9));
        String c6 = handOver(6, "JJ2");
        at(beijing(YEAR, 5, 2, 9));
        handOver(7, "JDK");
        String c8 = handOver(8, "ZC1");
        String c9 = handOver(9, "JJ2");

        trial(c0, beijing(YEAR, 4, 10, 9), beijing(YEAR, 5, 10, 9));
        trial(c1, beijing(YEAR, 4, 12, 9), beijing(YEAR, 5, 30, 9));
        trial(c2, beijing(YEAR, 4, 12, 9), beijing(YEAR, 5, 15, 9));
        trial(c3, beijing(YEAR, 4, 15, 9), beijing(YEAR, 5, 25, 9));
        trial(c4, beijing(YEAR, 4, 20, 9), null);   // still in trial
        trial(c6, beijing(YEAR, 4, 20, 9), beijing(YEAR, 6, 15, 9));
        trial(c8, beijing(YEAR, 5, 5, 9), beijing(YEAR, 6, 5, 9));
        trial(c9, beijing(YEAR, 5, 10, 9), null);   // still in trial
        adopt(c0, 0, beijing(YEAR, 5, 15, 10));
        decline(c2, beijing(YEAR, 5, 20, 10));
        adopt(c3, 3, beijing(YEAR, 5, 30, 10));
        adopt(c1, 1, beijing(YEAR, 6, 10, 10));
        adopt(c6, 6, beijing(YEAR, 6, 20, 10));
        adopt(c8, 8, beijing(YEAR, 6, 12, 10));

        // the declined result goes to another unit; two adopted results are replicated
        at(beijing(YEAR, 6, 1, 9));
        String c2b = handOver(2, "JDK");
        String c0r = handOver(0, "TFQ");
        at(beijing(YEAR, 6, 5, 9));
        String c3r = handOver(3, "ZC1");
        trial(c2b, beijing(YEAR, 6, 5, 9), beijing(YEAR, 6, 28, 9));
        trial(c0r, beijing(YEAR, 6, 8, 9), beijing(YEAR, 7, 10, 9));
        trial(c3r, beijing(YEAR, 6, 9, 9), beijing(YEAR, 7, 25, 9));
        adopt(c2b, 2, beijing(YEAR, 7, 1, 10));
        adopt(c0r, 0, beijing(YEAR, 7, 20, 10));
        adopt(c3r, 3, beijing(YEAR, 8, 1, 10));

        // --- benefit reports, 3 and 12 months after adoption ------------------------------------------
        report(c0, 3, beijing(YEAR, 8, 16, 9), "50000.00", 1, "300");
        report(c3, 3, beijing(YEAR, 8, 31, 9), "2000.00", 3, "40.5");
        report(c1, 3, beijing(YEAR, 9, 11, 9), "12345.67", 0, "88.5");
        report(c8, 3, beijing(YEAR, 9, 13, 9), "7500.00", 0, "16");
        report(c0, 12, beijing(YEAR + 1, 5, 16, 9), "80000.00", 2, "500");
        // the union office corrects a figure the owner mistyped
        at(beijing(YEAR, 9, 20, 9));
        ResponseEntity<String> corrected = as("leader").exchange("/api/conversions/{id}/benefit-reports/3",
                HttpMethod.PUT, new HttpEntity<>(Map.of("cnySavedPerYear", 12000.00, "safetyIncidentsAvoided", 1,
                        "hoursSaved", 88.5, "reason", "财务复核后更正")), String.class, c1);
        assertThat(corrected.getStatusCode().value()).as(corrected.getBody()).isEqualTo(204);
        model.benefit(c1, 3, "12000.00", 1, "88.5");

        // --- the funnel, as worked out from what was done ------------------------------------------------
        Map<String, Object> answersBefore = new LinkedHashMap<>();
        for (String period : List.of("2023", "2023-Q1", "2023-Q2", "2023-Q3", "2023-04", "2023-05", "2023-07")) {
            Map<String, FunnelModel.Row> expected = expectedRows(period);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(funnelRows(period))
                    .as("funnel of " + period).isEqualTo(expected));
            answersBefore.put(period, funnel(period));
        }
        assertThat(funnelRows("2023").get(null).adopted()).as("six results converted").isEqualTo(6);

        // --- 时间回溯: the day before the correction the funnel had the owner's figure, and c0's 12-month
        //     report (recorded the next year) not yet; every report is kept for that
        BigDecimal now = measuredCny("");
        BigDecimal dayBefore = measuredCny("&asOf=" + YEAR + "-09-19");
        assertThat(now.subtract(dayBefore)).as("corrected c1, c0's 12 months supersede its 3")
                .isEqualByComparingTo(new BigDecimal("12000.00").subtract(new BigDecimal("12345.67"))
                        .add(new BigDecimal("80000.00")).subtract(new BigDecimal("50000.00")));
        assertThat(measuredCny("&asOf=" + YEAR + "-09-20T09:30+08:00")).as("just after the correction")
                .isEqualByComparingTo(dayBefore.subtract(new BigDecimal("345.67")));

        // --- points of the year: acceptance, grade, patents and conversion, split by share ------------
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> points.forEach((worker, expected) ->
                assertThat(yearlyPoints(worker)).as("points of " + worker).isEqualByComparingTo(expected)));

        // --- the annual commendation ---------------------------------------------------------------------
        at(beijing(YEAR, 12, 20, 9));
        // drafted right after the headcounts are set: the draft takes them from the year, not the read model
        putHeadcounts(Map.of("ZC1", 120, "JJ2", 90, "JDK", 60, "TFQ", 80));
        ResponseEntity<String> drafted = as("leader").postForEntity("/api/commendations/{year}/draft", null,
                String.class, YEAR);
        assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(204);
        Map<String, Object> draft = awaitCommendation("DRAFTED");
        ResponseEntity<String> confirmedNow = as("leader").postForEntity("/api/commendations/{year}/confirm", null,
                String.class, YEAR);
        assertThat(confirmedNow.getStatusCode().value()).as(confirmedNow.getBody()).isEqualTo(204);
        ResponseEntity<String> recommended = as("leader").postForEntity("/api/commendations/{year}/recommendations",
                Map.of("proposalId", ids.get(0), "note", "已授权发明专利并推广到两个单位"), String.class, YEAR);
        assertThat(recommended.getStatusCode().value()).as(recommended.getBody()).isEqualTo(204);
        Map<String, Object> confirmed = await().atMost(Duration.ofSeconds(30)).until(
                () -> commendation("w1001"), c -> c != null && "CONFIRMED".equals(c.get("status"))
                                                  && !((List<?>) c.get("recommendations")).isEmpty());
        assertThat(confirmed.get("workers")).isEqualTo(draft.get("workers"));
        assertUnitsHaveTheirAdoptions(confirmed);

        // --- replay ----------------------------------------------------------------------------------------
        replay("funnel-projection", "commendation-projection", "leaderboard-projection");
        for (String period : answersBefore.keySet()) {
            assertThat(funnel(period)).as("funnel of " + period + " after replay").isEqualTo(answersBefore.get(period));
        }
        assertThat(commendation("leader")).isEqualTo(confirmed);
    }

    // --- the round that awards the results -----------------------------------------------------------

    private void awardTwelveResults() {
        clock.travelTo(beijing(YEAR, 2, 10, 9));
        configureYear(YEAR, pointsTable(ACCEPTED_POINTS, GRADE_POINTS.get("FIRST"), GRADE_POINTS.get("SECOND"),
                GRADE_POINTS.get("THIRD"), GRADE_POINTS.get("MERIT")), rewardsTable(500_000, 300_000, 100_000, 30_000));
        for (int i = 0; i < RESULTS; i++) {
            Team team = TEAMS.get(i % TEAMS.size());
            at(beijing(YEAR, 2, 10 + i, 9));
            String id = submit(team.submitter(), body(i, team, "JDYS"));
            ids.add(id);
            unitOf.put(id, team.unit());
            model.submitted(id, team.unit(), clock.instant());
        }
        for (int i = 0; i < RESULTS; i++) {
            at(beijing(YEAR, 3, 1 + i, 9));
            accept(TEAMS.get(i % TEAMS.size()).screener(), ids.get(i));
            model.accepted(ids.get(i), clock.instant());
            earn(i, ACCEPTED_POINTS);
        }
        ids.forEach(id -> awaitProposalStatus("leader", id, "ACCEPTED"));

        at(beijing(YEAR, 3, 20, 9));
        String round = openRound(YEAR, 1);
        namePanel(ROUND, String.join(", ", PANEL), 3);
        runContinuations(round);
        for (String reviewer : PANEL) {
            for (Map<String, Object> task : tasks(reviewer, ROUND, "scoreProposal")) {
                int quality = 90 - ids.indexOf(taskVariable(reviewer, task, "proposalId"));
                complete(reviewer, task, scores(quality, quality, quality, "同意"));
            }
        }
        runContinuations(round);
        at(beijing(YEAR, 3, 22, 9));
        complete("leader", singleTask("leader", ROUND, "approveRanking"), Map.of("rankingChecked", true));
        at(AWARDED);
        firePublicityTimer(round);
        // each reviewer gave q = 90 - index for every criterion, so the weighted and the final score are q
        Map<String, BigDecimal> finalScores = new HashMap<>();
        ids.forEach(id -> finalScores.put(id, BigDecimal.valueOf(90 - ids.indexOf(id)).setScale(2)));
        Map<String, String> grades = WrittenRules.grades(finalScores);
        ids.forEach(id -> {
            assertThat(awaitProposalStatus("leader", id, "AWARDED")).containsEntry("grade", grades.get(id));
            model.awarded(id, AWARDED);
            earn(ids.indexOf(id), GRADE_POINTS.get(grades.get(id)));
        });
    }

    /** The result's authors earn the points, split by their shares. */
    private void earn(int result, int earned) {
        TEAMS.get(result % TEAMS.size()).authors().forEach((worker, share) ->
                points.merge(worker, WrittenRules.splitPoints(earned, share), BigDecimal::add));
    }

    @SuppressWarnings("unchecked")
    private BigDecimal yearlyPoints(String worker) {
        Map<String, Object> mine = as(worker).getForObject("/api/workers/me/points?period={year}", Map.class, YEAR);
        return new BigDecimal(mine.get("points").toString());
    }

    // --- patents --------------------------------------------------------------------------------------

    private String nominate(int result, String type, Instant at) {
        at(at);
        ResponseEntity<Map> nominated = as("leader").postForEntity("/api/patents",
                Map.of("proposalId", ids.get(result), "type", type), Map.class);
        assertThat(nominated.getStatusCode().value()).as(String.valueOf(nominated.getBody())).isEqualTo(201);
        typeOf.put(ids.get(result), type);
        return "PAT-" + ids.get(result);
    }

    /** Filed on the day it is recorded. */
    private void file(String patentId, int result, String applicationNumber, Instant at) {
        file(patentId, result, applicationNumber, LocalDate.parse(date(at)), at);
    }

    /** A filing counts on its filing date, whenever it is recorded. */
    private void file(String patentId, int result, String applicationNumber, LocalDate filedOn, Instant recordedAt) {
        at(recordedAt);
        patentTask(patentId, "fileApplication", Map.of("fileDecision", "FILE", "applicationNumber", applicationNumber,
                "filedOn", filedOn.toString()));
        model.patentFiled(ids.get(result), filedOn.atStartOfDay(SHANGHAI).toInstant());
        earn(result, FILED_POINTS);
    }

    private void grant(String patentId, int result, String patentNumber, Instant at) {
        at(at);
        patentTask(patentId, "awaitOfficeDecision", Map.of("officeDecision", "GRANTED", "patentNumber", patentNumber,
                "grantedOn", date(at)));
        model.patentGranted(ids.get(result), LocalDate.parse(date(at)).atStartOfDay(SHANGHAI).toInstant());
        earn(result, GRANT_POINTS.get(typeOf.get(ids.get(result))));
    }

    private void patentTask(String patentId, String activity, Map<String, Object> variables) {
        complete("leader", awaitTasks("leader", patentId, activity, 1).get(0), variables);
        runContinuations(instanceOf(patentId));
    }

    // --- conversion -------------------------------------------------------------------------------------

    private String handOver(int result, String receivingUnit) {
        String proposalId = ids.get(result);
        LocalDate today = LocalDate.parse(date(clock.instant()));
        Map<String, Object> body = Map.of("proposalId", proposalId, "receivingUnitId", receivingUnit,
                "ownerId", OWNER_OF.get(receivingUnit), "planned", Map.of(
                        "trialStart", today.plusDays(7).toString(), "trialEnd", today.plusDays(60).toString(),
                        "adoptionDecision", today.plusDays(75).toString()));
        ResponseEntity<Map> handed = as("leader").postForEntity("/api/conversions", body, Map.class);
        assertThat(handed.getStatusCode().value()).as(String.valueOf(handed.getBody())).isEqualTo(201);
        model.handedOver(proposalId, clock.instant());
        return "CONV-" + proposalId + "-" + receivingUnit;
    }

    private void trial(String conversionId, Instant started, Instant ended) {
        at(started);
        conversionTask(conversionId, "startTrial", Map.of("trialStartedOn", date(started)));
        if (ended != null) {
            at(ended);
            conversionTask(conversionId, "endTrial", Map.of("trialEndedOn", date(ended), "trialSummary", "试用正常"));
        }
    }

    private void adopt(String conversionId, int result, Instant at) {
        at(at);
        conversionTask(conversionId, "decideAdoption", Map.of("decision", "ADOPT"));
        model.adopted(conversionId, ids.get(result), at);
        earn(result, adoptedResults.add(ids.get(result)) ? ADOPTED_POINTS : REPLICATION_POINTS);
    }

    private void decline(String conversionId, Instant at) {
        at(at);
        conversionTask(conversionId, "decideAdoption", Map.of("decision", "DECLINE", "declineReason", "工作面条件不适用"));
    }

    /** The report's timer fires (the job executor would, on the due day), then the owner reports. */
    private void report(String conversionId, int months, Instant at, String cny, int incidents, String hours) {
        at(at);
        fireTimer(conversionId, months == 3 ? "firstReportDue" : "finalReportDue");
        conversionTask(conversionId, months == 3 ? "reportBenefit3" : "reportBenefit12", Map.of(
                "cnySavedPerYear", Double.parseDouble(cny), "safetyIncidentsAvoided", incidents,
                "hoursSaved", Double.parseDouble(hours)));
        model.benefit(conversionId, months, cny, incidents, hours);
    }

    private void conversionTask(String conversionId, String activity, Map<String, Object> variables) {
        String owner = OWNER_OF.get(conversionId.substring(conversionId.lastIndexOf('-') + 1));
        Map<String, Object> task = awaitTasks(owner, conversionId, activity, 1).get(0);
        assertThat(task.get("assignee")).isEqualTo(owner);
        complete(owner, task, variables);
        runContinuations(instanceOf(conversionId));
    }

    // --- reading -----------------------------------------------------------------------------------------

    private Map<String, FunnelModel.Row> expectedRows(String period) {
        com.wuxiao.query.period.api.Period p = com.wuxiao.query.period.api.Period.parse(period);
        return model.rows(p.start(), p.end());
    }

    @SuppressWarnings("unchecked")
    private Map<String, FunnelModel.Row> funnelRows(String period) {
        Map<String, Object> funnel = funnel(period);
        Map<String, FunnelModel.Row> rows = new LinkedHashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) funnel.get("units")) {
            rows.put((String) row.get("unitId"), FunnelModel.fromApi(row));
        }
        rows.put(null, FunnelModel.fromApi((Map<String, Object>) funnel.get("total")));
        return rows;
    }

    @SuppressWarnings("unchecked")
    private BigDecimal measuredCny(String asOf) {
        Map<String, Object> total = (Map<String, Object>) as("leader")
                .getForObject("/api/funnel?period=" + YEAR + asOf, Map.class).get("total");
        return new BigDecimal(((Map<String, Object>) total.get("benefit")).get("cnySavedPerYear").toString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> funnel(String period) {
        ResponseEntity<Map> response = as("leader").getForEntity("/api/funnel?period={p}", Map.class, period);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> commendation(String userId) {
        ResponseEntity<Map> response = as(userId).getForEntity("/api/commendations/{year}", Map.class, YEAR);
        return response.getStatusCode().value() == 200 ? response.getBody() : null;
    }

    private Map<String, Object> awaitCommendation(String status) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> commendation("leader"), c -> c != null && status.equals(c.get("status")));
    }

    /** Results of each unit converted in the year (first adoptions), as the composite counts them. */
    @SuppressWarnings("unchecked")
    private void assertUnitsHaveTheirAdoptions(Map<String, Object> commendation) {
        Map<String, Integer> adoptions = new HashMap<>();
        for (Map<String, Object> unit : (List<Map<String, Object>>) commendation.get("units")) {
            adoptions.put((String) unit.get("unitId"), ((Number) unit.get("adoptions")).intValue());
        }
        // ZC1: r0 (by JJ2; its replication to TFQ is no new conversion), r1, r6; JJ2: r2 (by JDK after ZC1
        // declined); JDK: r3 (replicated to ZC1 too), r8; TFQ: r4 still in trial
        assertThat(adoptions).containsEntry("ZC1", 3).containsEntry("JJ2", 1).containsEntry("JDK", 2)
                .containsEntry("TFQ", 0);
    }

    private void putHeadcounts(Map<String, Integer> headcounts) {
        ResponseEntity<String> response = as("leader").exchange("/api/competition-years/{year}/headcounts",
                HttpMethod.PUT, new HttpEntity<>(Map.of("headcounts", headcounts)), String.class, YEAR);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    // --- time and the engine ---------------------------------------------------------------------------------

    private void at(Instant instant) {
        clock.travelTo(instant);
    }

    private static String date(Instant instant) {
        return instant.atZone(SHANGHAI).toLocalDate().toString();
    }

    private String instanceOf(String businessKey) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
        return instances.isEmpty() ? historyInstanceOf(businessKey) : instances.get(0).getId();
    }

    private String historyInstanceOf(String businessKey) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private void fireTimer(String businessKey, String activityId) {
        List<Job> timers = await().atMost(Duration.ofSeconds(10)).until(() -> management.createJobQuery()
                .processInstanceId(instanceOf(businessKey)).timers().activityId(activityId).list(), t -> t.size() == 1);
        management.executeJob(timers.get(0).getId());
    }
}
