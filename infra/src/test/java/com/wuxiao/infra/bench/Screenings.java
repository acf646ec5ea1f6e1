package com.wuxiao.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
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

    private static final String TASKS = "/engine-rest/task?processDefinitionKey=monthly-review&unassigned=true"
                                        + "&sortBy=created&sortOrder=asc";
    private static final int PAGE = 500;

    private final BenchHttp http;
    private final ConcurrentLinkedQueue<Assignment> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong accepted = new AtomicLong();

    Screenings(BenchHttp http) {
        this.http = http;
    }

    /** Lists the open screening tasks of every load unit; how many were dealt out. */
    int deal() {
        int dealt = 0;
        for (Map.Entry<String, List<String>> unit : Workload.SCREENERS.entrySet()) {
            List<String> coordinators = unit.getValue();
            List<String> taskIds = new ArrayList<>();
            for (int first = 0; ; first += PAGE) {
                JsonNode page = http.json(coordinators.get(0), TASKS + "&candidateUser=" + coordinators.get(0)
                                                                + "&firstResult=" + first + "&maxResults=" + PAGE);
                page.forEach(task -> taskIds.add(task.path("id").asText()));
                if (page.size() < PAGE) {
                    break;
                }
            }
            for (int i = 0; i < taskIds.size(); i++) {
                queue.add(new Assignment(taskIds.get(i), coordinators.get(i % coordinators.size())));
                dealt++;
            }
        }
        return dealt;
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
