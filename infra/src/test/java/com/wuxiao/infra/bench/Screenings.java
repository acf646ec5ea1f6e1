package com.wuxiao.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Screenings as coordinators do them in Tasklist, through Camunda's REST task API: claim, then
 * complete with the outcome (task → command → event → projections). The load's tasks are listed
 * before the run and dealt to the units' coordinators in turn, so no two clients race for one task.
 */
final class Screenings {

    private record Assignment(String taskId, String coordinator) {
    }

    private final BenchHttp http;
    private final ConcurrentLinkedQueue<Assignment> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong accepted = new AtomicLong();

    Screenings(BenchHttp http) {
        this.http = http;
    }

    /**
     * Deals the open screening tasks of the load's units (not the probe's) to their coordinators in
     * turn; how many. Read straight from Camunda's tables: the REST task query with a candidate user
     * and authorization took about a minute a page at some ten thousand open tasks (see
     * docs/performance.md), and the listing is not what this measures.
     */
    int deal(BenchDatabase database) throws SQLException {
        Map<String, Integer> dealt = new HashMap<>();
        try (Connection connection = database.connect();
             PreparedStatement tasks = connection.prepareStatement("""
                     SELECT t.id_, p.unit_id FROM act_ru_task t
                     JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                     JOIN proposal_view p ON p.id = e.business_key_
                     WHERE t.assignee_ IS NULL AND p.category_code <> ? ORDER BY t.create_time_""")) {
            tasks.setString(1, Workload.PROBE_CATEGORY);
            try (ResultSet rows = tasks.executeQuery()) {
                while (rows.next()) {
                    List<String> coordinators = Workload.SCREENERS.get(rows.getString(2));
                    if (coordinators != null) {
                        int n = dealt.merge(rows.getString(2), 1, Integer::sum);
                        queue.add(new Assignment(rows.getString(1), coordinators.get(n % coordinators.size())));
                    }
                }
            }
        }
        return queue.size();
    }

    /** Screens the next dealt task; false when none is left or the engine refused. */
    boolean screenNext(int client) {
        Assignment next = queue.poll();
        return next != null && accept(next.coordinator(), next.taskId());
    }

    int left() {
        return queue.size();
    }

    long accepted() {
        return accepted.get();
    }

    /**
     * The probe: accepts its own declarations (their category is nobody else's), visible once the
     * categories board counts them.
     */
    Probe.Change visibleOnTheBoard(Submissions submissions, int acceptedBefore) {
        return round -> {
            String proposalId = submissions.declareProbe();
            String taskId = awaitTask(proposalId);
            if (!accept(Workload.PROBE_SCREENER, taskId)) {
                throw new IllegalStateException("probe screening of " + proposalId + " refused");
            }
            return () -> acceptedInProbeCategory() >= acceptedBefore + round;
        };
    }

    int acceptedInProbeCategory() {
        for (JsonNode row : http.json(Workload.LEADER, "/api/leaderboards/categories?size=100").path("rows")) {
            if (Workload.PROBE_CATEGORY.equals(row.path("key").asText())) {
                return row.path("accepted").asInt();
            }
        }
        return 0;
    }

    private String awaitTask(String proposalId) throws InterruptedException {
        for (int i = 0; i < 6_000; i++) {
            JsonNode tasks = http.json(Workload.PROBE_SCREENER, "/engine-rest/task?processInstanceBusinessKey=" + proposalId);
            if (!tasks.isEmpty()) {
                return tasks.get(0).path("id").asText();
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no screening task for " + proposalId + " after a minute");
    }

    private boolean accept(String coordinator, String taskId) {
        if (!http.post(coordinator, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", coordinator)).ok()) {
            return false;
        }
        boolean done = http.post(coordinator, "/engine-rest/task/" + taskId + "/complete", Map.of("variables",
                Map.of("outcome", Map.of("value", "ACCEPT"), "comment", Map.of("value", "同意，纳入季度评审")))).ok();
        if (done) {
            accepted.incrementAndGet();
        }
        return done;
    }
}
