package com.wuxiao.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuxiao.command.competition.CompetitionCalendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The crash run's panel: once some declarations are accepted, the union office opens the current
 * quarter's round over them and names the demo's six reviewers, three to a proposal; then each
 * reviewer scores their tasks through Camunda's REST API while the app dies under them. A score
 * counts when its completion was answered 204; a lost answer leaves it unsure (at most once). Every
 * step is safe to repeat after a crash: the round's opening resends its idempotency key, the panel
 * and the scores are looked up again as tasks.
 */
final class Scorers {

    private static final List<String> PANEL = List.of("r0001", "r0002", "r0003", "r0004", "r0005", "r0006");
    private static final String SCORED = "com.wuxiao.command.appraisal.api.ScoreRecordedEvent";

    private final BenchHttp http;
    private final String roundId;
    private final int year;
    private final int quarter;
    /** proposalId/scorerId of each score acknowledged, and of each whose answer was lost. */
    final Set<String> scored = ConcurrentHashMap.newKeySet();
    final Set<String> unsure = ConcurrentHashMap.newKeySet();

    Scorers(BenchHttp http) {
        this.http = http;
        LocalDate today = LocalDate.now(CompetitionCalendar.ZONE);
        this.year = today.getYear();
        this.quarter = (today.getMonthValue() - 1) / 3 + 1;
        this.roundId = year + "-Q" + quarter;
    }

    /** Opens the round and names the panel (each until it holds), then scores until stopped. */
    void run(AtomicBoolean stop) {
        open(stop);
        namePanel(stop);
        while (!stop.get()) {
            boolean any = false;
            for (String scorer : PANEL) {
                any |= scoreTasksOf(scorer);
            }
            if (!any) {
                SteadyClients.sleep(1_000);
            }
        }
    }

    private void open(AtomicBoolean stop) {
        String key = UUID.randomUUID().toString();
        while (!stop.get()) {
            BenchHttp.Response opened = http.post(Workload.LEADER, "/api/appraisal-rounds",
                    Map.of("year", year, "quarter", quarter), key);
            // 409: open already (a first attempt committed before the app died), or that attempt still
            // in progress; either way the panel step waits until the round shows its scoring tasks.
            if (opened.status() == 201 || opened.status() == 409) {
                return;
            }
            if (opened.status() == 400) {
                key = UUID.randomUUID().toString();     // nothing accepted yet: a new request later
            }
            SteadyClients.sleep(1_000);
        }
    }

    /** Until the first scoring task exists: the panel named (maybe by an attempt whose answer was lost). */
    private void namePanel(AtomicBoolean stop) {
        while (!stop.get()) {
            JsonNode scoring = tasks(Workload.ADMIN, "scoreProposal", "&maxResults=1");
            if (scoring != null && !scoring.isEmpty()) {
                return;
            }
            JsonNode panel = tasks(Workload.LEADER, "namePanel", "");
            if (panel != null && !panel.isEmpty()) {
                String taskId = panel.get(0).path("id").asText();
                http.post(Workload.LEADER, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", Workload.LEADER));
                http.post(Workload.LEADER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                        "panelMemberIds", Map.of("value", String.join(", ", PANEL)), "scorersPerProposal", Map.of("value", 3))));
            }
            SteadyClients.sleep(1_000);
        }
    }

    /** Scores up to ten of the scorer's open tasks; whether there were any. */
    private boolean scoreTasksOf(String scorer) {
        JsonNode tasks = tasks(scorer, "scoreProposal", "&assignee=" + scorer + "&maxResults=10");
        if (tasks == null || tasks.isEmpty()) {
            return false;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (JsonNode task : tasks) {
            String taskId = task.path("id").asText();
            BenchHttp.Response variable = http.get(scorer, "/engine-rest/task/" + taskId + "/variables/proposalId");
            if (!variable.ok()) {
                continue;
            }
            String proposalId = BenchHttp.read(variable.body()).path("value").asText();
            Map<String, Object> values = new HashMap<>();
            values.put("feasibility", Map.of("value", random.nextInt(70, 90)));
            values.put("benefit", Map.of("value", random.nextInt(70, 90)));
            values.put("promotability", Map.of("value", random.nextInt(70, 90)));
            values.put("comment", Map.of("value", "可行"));
            BenchHttp.Response done = http.post(scorer, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", values));
            if (done.status() == 204) {
                scored.add(proposalId + "/" + scorer);
            } else if (done.status() == -1 || done.status() >= 500) {
                unsure.add(proposalId + "/" + scorer);
            }
        }
        return true;
    }

    private JsonNode tasks(String user, String activity, String more) {
        BenchHttp.Response tasks = http.get(user, "/engine-rest/task?processInstanceBusinessKey=" + roundId
                                                  + "&taskDefinitionKey=" + activity + more);
        return tasks.ok() ? BenchHttp.read(tasks.body()) : null;
    }

    /** Each acknowledged score recorded exactly once, each unsure one at most once. */
    Map<String, Object> check(BenchDatabase database) throws Exception {
        Map<String, Long> recorded = new HashMap<>();
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT p ->> 'proposalId', p ->> 'scorerId', count(*) FROM (SELECT convert_from(payload, 'UTF8')::jsonb p "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?) scores GROUP BY 1, 2")) {
            statement.setString(1, roundId);
            statement.setString(2, SCORED);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    recorded.put(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3));
                }
            }
        }
        long lost = 0;
        long doubled = 0;
        List<String> findings = new ArrayList<>();
        for (String score : scored) {
            long times = recorded.getOrDefault(score, 0L);
            if (times != 1) {
                findings.add((times == 0 ? "score not recorded: " : "score recorded " + times + " times: ") + score);
            }
            lost += times == 0 ? 1 : 0;
            doubled += Math.max(0, times - 1);
        }
        for (String score : unsure) {
            if (scored.contains(score)) {
                continue;       // answered on a later try: checked as acknowledged
            }
            long times = recorded.getOrDefault(score, 0L);
            if (times > 1) {
                findings.add("unsure score recorded " + times + " times: " + score);
                doubled += times - 1;
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("round", roundId);
        report.put("scoresAcknowledged", scored.size());
        report.put("scoresUnsure", unsure.size());
        report.put("scoresRecorded", recorded.values().stream().mapToLong(Long::longValue).sum());
        report.put("lost", lost);
        report.put("doubled", doubled);
        report.put("findings", findings);
        return report;
    }
}
