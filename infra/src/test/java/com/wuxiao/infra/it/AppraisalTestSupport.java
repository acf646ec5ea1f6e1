package com.wuxiao.infra.it;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the appraisal tests do as the union office, coordinators and reviewers would: through our
 * HTTP API and Camunda's REST task API. The job executor is off in tests, so the tests run the
 * process's asynchronous continuations and timers themselves, as the executor would.
 * <p>
 * These tests live in past competition years (their own quarters, points and leaderboards), moved
 * there by the {@link AdjustableClock}, so other tests' proposals do not enter their pools or boards.
 */
abstract class AppraisalTestSupport extends IntegrationTestSupport {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PROCESS = "quarterly-appraisal";

    @Autowired
    AdjustableClock clock;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    static Instant shanghai(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(SHANGHAI).toInstant();
    }

    /** The union office configures a competition year with the given points and reward amounts. */
    void configureYear(int year, Map<String, Object> points, Map<String, Object> rewards) {
        configureYear(year, List.of(
                Map.of("code", "JJKF", "name", "掘进开发"), Map.of("code", "JDYS", "name", "机电运输"),
                Map.of("code", "TFAQ", "name", "通风安全"), Map.of("code", "CMJS", "name", "采煤技术")), points, rewards);
    }

    /** The same with these categories. */
    void configureYear(int year, List<Map<String, String>> categories, Map<String, Object> points,
                       Map<String, Object> rewards) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categories", categories);
        body.put("declarationMonths", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        body.put("weights", Map.of("feasibility", 40, "benefit", 35, "promotability", 25));
        body.put("quotas", Map.of("first", 5, "second", 15, "third", 35, "meritMinScore", 60));
        body.put("rewards", rewards);
        body.put("points", points);
        body.put("deadlines", Map.of("screeningEscalation", "P7D", "revisionWindow", "P14D", "publicity", "P5D"));
        body.put("commendationTopN", 10);
        ResponseEntity<String> response = as("leader").exchange("/api/competition-years/{year}", HttpMethod.PUT,
                new HttpEntity<>(body), String.class, year);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    /** Points of a year's configuration: acceptance and grades as given, patents and conversion as product.md. */
    static Map<String, Object> pointsTable(int accepted, int first, int second, int third, int merit) {
        Map<String, Object> points = new HashMap<>();
        points.put("accepted", accepted);
        points.put("first", first);
        points.put("second", second);
        points.put("third", third);
        points.put("merit", merit);
        points.put("patentFiled", 5);
        points.put("inventionGranted", 15);
        points.put("utilityModelGranted", 8);
        points.put("designGranted", 4);
        points.put("adopted", 10);
        points.put("replication", 5);
        return points;
    }

    static Map<String, Object> rewardsTable(long firstFen, long secondFen, long thirdFen, long meritFen) {
        return Map.of("firstFen", firstFen, "secondFen", secondFen, "thirdFen", thirdFen, "meritFen", meritFen);
    }

    /** A screener of the proposal (its unit's coordinator, or the union office) accepts it in the monthly review. */
    void accept(String coordinator, String proposalId) {
        awaitTasksVisibleTo(coordinator, proposalId);
        ResponseEntity<String> screened = as(coordinator).postForEntity("/api/screenings/{id}",
                Map.of("outcome", "ACCEPT"), String.class, proposalId);
        assertThat(screened.getStatusCode().value()).as(screened.getBody()).isEqualTo(204);
    }

    /** The union office opens the quarter's round; its process instance id. */
    String openRound(int year, int quarter) {
        ResponseEntity<String> opened = as("leader").postForEntity("/api/appraisal-rounds",
                Map.of("year", year, "quarter", quarter), String.class);
        assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
        String roundId = year + "-Q" + quarter;
        return (String) singleTask("leader", roundId, "namePanel").get("processInstanceId");
    }

    @SuppressWarnings("unchecked")
    void namePanel(String roundId, String members, int scorersPerProposal) {
        Map<String, Object> task = singleTask("leader", roundId, "namePanel");
        // The form lists whom one may name: among them the demo company's six reviewers, by name, role and unit.
        Map<String, Map<String, Object>> form = as("leader").getForObject("/engine-rest/task/{id}/form-variables",
                Map.class, task.get("id"));
        // (Other tests of the suite may have imported more reviewers.)
        assertThat(((String) form.get("reviewersText").get("value")).lines().toList())
                .filteredOn(line -> line.matches(".+ r000[1-6] · .+")).hasSize(6)
                .anyMatch(line -> line.endsWith(" r0001 · 技术专家 TECH_EXPERT · 机电科（演示） JDK"));
        complete("leader", task, Map.of("panelMemberIds", members, "scorersPerProposal", scorersPerProposal));
    }

    /**
     * A first-quarter round of {@code year} over the accepted proposals, scored by the demo panel
     * r0001–r0006 (three per proposal), each scorer giving a proposal its {@code quality} on every
     * criterion (so its weighted and final score is that number), approved on 22 March and final
     * after the publicity on 28 March.
     */
    void awardInFirstQuarter(int year, Map<String, Integer> quality) {
        String roundId = year + "-Q1";
        List<String> panel = List.of("r0001", "r0002", "r0003", "r0004", "r0005", "r0006");
        clock.travelTo(shanghai(year, 3, 20, 9));
        String round = openRound(year, 1);
        namePanel(roundId, String.join(", ", panel), 3);
        runContinuations(round);
        for (String reviewer : panel) {
            for (Map<String, Object> task : tasks(reviewer, roundId, "scoreProposal")) {
                int q = quality.get(taskVariable(reviewer, task, "proposalId"));
                complete(reviewer, task, scores(q, q, q, "同意"));
            }
        }
        runContinuations(round);
        clock.travelTo(shanghai(year, 3, 22, 9));
        complete("leader", singleTask("leader", roundId, "approveRanking"), Map.of("rankingChecked", true));
        clock.travelTo(shanghai(year, 3, 28, 10));
        firePublicityTimer(round);
        quality.keySet().forEach(id -> awaitProposalStatus("leader", id, "AWARDED"));
    }

    /** Runs the instance's asynchronous continuations (not its timers), including those they create. */
    void runContinuations(String processInstanceId) {
        for (int round = 0; round < 1000; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the process keeps creating jobs");
    }

    /** Fires the publicity timer, which the job executor would fire at its due date. */
    void firePublicityTimer(String processInstanceId) {
        List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId("publicityElapsed").list();
        assertThat(timers).hasSize(1);
        management.executeJob(timers.get(0).getId());
    }

    /** Open tasks of one activity of the round, as the user's task list shows them. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tasks(String userId, String roundId, String activityId) {
        ResponseEntity<List> response = as(userId).getForEntity(
                "/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={activity}&sortBy=created&sortOrder=asc",
                List.class, roundId, activityId);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return new ArrayList<>(response.getBody());
    }

    Map<String, Object> singleTask(String userId, String roundId, String activityId) {
        List<Map<String, Object>> tasks = tasks(userId, roundId, activityId);
        assertThat(tasks).as(activityId + " tasks of " + userId).hasSize(1);
        return tasks.get(0);
    }

    /** Waits for tasks the bridge creates from events (objections), which arrive asynchronously. */
    List<Map<String, Object>> awaitTasks(String userId, String roundId, String activityId, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> tasks(userId, roundId, activityId), tasks -> tasks.size() == count);
    }

    /** A task variable as the task's user reads it in the form. */
    @SuppressWarnings("unchecked")
    String taskVariable(String userId, Map<String, Object> task, String name) {
        Map<String, Object> variable = as(userId).getForObject("/engine-rest/task/{id}/variables/{name}", Map.class,
                task.get("id"), name);
        return String.valueOf(variable.get("value"));
    }

    void complete(String userId, Map<String, Object> task, Map<String, Object> variables) {
        ResponseEntity<String> completion = completeTask(userId, (String) task.get("id"), variables);
        assertThat(completion.getStatusCode().value()).as(completion.getBody()).isEqualTo(204);
    }

    /** Completes the production owner's task of a running conversion (assigned to them) and what it continues. */
    void conversionTask(String owner, String conversionId, String activity, Map<String, Object> variables) {
        Map<String, Object> task = awaitTasks(owner, conversionId, activity, 1).get(0);
        assertThat(task.get("assignee")).isEqualTo(owner);
        complete(owner, task, variables);
        runContinuations(runtime.createProcessInstanceQuery().processInstanceBusinessKey(conversionId)
                .singleResult().getId());
    }

    static Map<String, Object> scores(int feasibility, int benefit, int promotability, String comment) {
        Map<String, Object> values = new HashMap<>();
        values.put("feasibility", feasibility);
        values.put("benefit", benefit);
        values.put("promotability", promotability);
        values.put("comment", comment);
        return values;
    }

    // --- proposals of teams ------------------------------------------------------------------------

    /** Who submits, for which unit, with which authors (shares in percent, first listed first). */
    record Team(String submitter, String unit, Map<String, Integer> authors, String mentor) {

        /** The demo units' coordinators; ZC1 has a second one. */
        private static final Map<String, List<String>> COORDINATORS = Map.of(
                "ZC1", List.of("c1001", "c1002"), "JJ2", List.of("c2001"), "JDK", List.of("c3001"),
                "TFQ", List.of("c4001"));

        /**
         * Who screens the team's proposal: the unit's first coordinator who neither authors nor
         * mentors it, else the union office (conflict of interest at screening).
         */
        String screener() {
            return COORDINATORS.get(unit).stream()
                    .filter(coordinator -> !authors.containsKey(coordinator) && !coordinator.equals(mentor))
                    .findFirst().orElse("leader");
        }
    }

    static Map<String, Integer> shares(Object... workerAndShare) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (int i = 0; i < workerAndShare.length; i += 2) {
            shares.put((String) workerAndShare[i], (Integer) workerAndShare[i + 1]);
        }
        return shares;
    }

    static Map<String, Object> body(int index, Team team, String category) {
        List<Map<String, Object>> authors = new ArrayList<>();
        team.authors().forEach((worker, share) -> authors.add(Map.of("workerId", worker, "share", share)));
        Map<String, Object> body = new HashMap<>();
        body.put("title", title(index, category));
        body.put("type", index % 2 == 0 ? "INNOVATION" : "INVENTION");
        body.put("categoryCode", category);
        body.put("unitId", team.unit());
        body.put("problem", "现场问题描述 " + index + " " + UUID.randomUUID());
        body.put("solution", "改进方案 " + index + " " + UUID.randomUUID());
        body.put("expectedEconomicBenefit", 10_000 + index * 1_000);
        body.put("expectedSafetyBenefit", "减少人工作业风险");
        body.put("materialCost", 500 + index * 10);
        body.put("authors", authors);
        if (team.mentor() != null) {
            body.put("mentorId", team.mentor());
        }
        return body;
    }

    static String title(int index, String category) {
        return "五小成果 " + index + "：" + category + " 工艺改进";
    }
}
