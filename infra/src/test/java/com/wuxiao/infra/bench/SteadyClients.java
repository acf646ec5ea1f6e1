package com.wuxiao.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuxiao.infra.bench.Workload.Worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The crash and fault runs' clients: declarations and screenings at a steady rate while the app or
 * its database fails under them. A declaration whose answer is lost is sent again with the same
 * idempotency key and body until it is answered, as a careful client does, so every declaration ends
 * acknowledged; a screening counts only when its completion was answered (a lost answer leaves it
 * "unsure": at most once, never twice). With several nodes each client starts on its own and, when a
 * node does not answer, goes on to the next, as behind a load balancer: a retry may reach another
 * node than the first attempt.
 */
final class SteadyClients {

    static final int DECLARING_CLIENTS = 4;
    /** All declaring clients together. */
    private static final long DECLARATIONS_PER_SECOND = 8;
    private static final Duration RETRY_FOR = Duration.ofMinutes(3);

    /** An acknowledged declaration waiting for its screening. */
    private record Pending(String proposalId, String unitId) {
    }

    private final List<BenchHttp> nodes;
    final Set<String> declared = ConcurrentHashMap.newKeySet();
    final Set<String> screened = ConcurrentHashMap.newKeySet();
    final Set<String> unsure = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Pending> toScreen = new ConcurrentLinkedQueue<>();
    /** Declarations sent again because their answer was lost (the app or its database away). */
    final AtomicLong lostAnswers = new AtomicLong();
    /** Declarations the app refused (a bug of the run, reported). */
    final AtomicLong refused = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    SteadyClients(List<BenchHttp> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    void start() {
        for (int i = 0; i < DECLARING_CLIENTS; i++) {
            int client = i;
            threads.add(start("declare-" + i, () -> declare(client)));
        }
        threads.add(start("screen", this::screen));
    }

    void stop() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void declare(int client) {
        long interval = TimeUnit.SECONDS.toNanos(1) * DECLARING_CLIENTS / DECLARATIONS_PER_SECOND;
        long next = System.nanoTime();
        int node = client;
        while (!stop.get()) {
            Worker worker = Workload.submitter(client);
            Map<String, Object> body = Workload.declaration(worker);
            String key = UUID.randomUUID().toString();
            long deadline = System.nanoTime() + RETRY_FOR.toNanos();
            while (System.nanoTime() < deadline) {
                BenchHttp.Response answer = node(node).post(worker.id(), Submissions.API, body, key);
                if (answer.status() == 201) {
                    String id = BenchHttp.read(answer.body()).path("proposalId").asText();
                    declared.add(id);
                    if (Workload.SCREENERS.containsKey(worker.unitId())) {
                        toScreen.add(new Pending(id, worker.unitId()));
                    }
                    break;
                }
                // 409: the same key still in progress on the server (a timeout, not a crash): ask again.
                if (answer.status() != -1 && answer.status() < 500 && answer.status() != 409) {
                    refused.incrementAndGet();
                    System.err.println("declaration refused: " + answer.status() + " " + answer.body());
                    break;
                }
                if (answer.status() == -1) {
                    node++;
                }
                lostAnswers.incrementAndGet();
                sleep(500);
            }
            next += interval;
            sleep(TimeUnit.NANOSECONDS.toMillis(next - System.nanoTime()));
        }
    }

    /** Screens acknowledged declarations, oldest first, as their unit's first coordinator. */
    private void screen() {
        int node = 0;
        while (!stop.get()) {
            Pending pending = toScreen.poll();
            if (pending == null) {
                sleep(200);
                continue;
            }
            String proposalId = pending.proposalId();
            String coordinator = Workload.SCREENERS.get(pending.unitId()).get(0);
            BenchHttp http = node(node++);
            BenchHttp.Response tasks = http.get(coordinator, "/engine-rest/task?processInstanceBusinessKey=" + proposalId);
            JsonNode list = tasks.ok() ? BenchHttp.read(tasks.body()) : null;
            if (list == null || list.isEmpty()) {
                toScreen.add(pending);      // the review has not started yet, or the app is down
                sleep(50);
                continue;
            }
            String taskId = list.get(0).path("id").asText();
            // Its answer does not matter: a claim that committed before a crash leaves the task ours.
            http.post(coordinator, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", coordinator));
            BenchHttp.Response done = http.post(coordinator, "/engine-rest/task/" + taskId + "/complete",
                    Map.of("variables", Map.of("outcome", Map.of("value", "ACCEPT"), "comment", Map.of("value", "同意"))));
            if (done.status() == 204) {
                screened.add(proposalId);
            } else if (done.status() == -1 || done.status() >= 500) {
                unsure.add(proposalId);     // it may have committed before the answer was lost
            } else {
                toScreen.add(pending);      // refused for now (the app restarting): try again later
            }
        }
    }

    private BenchHttp node(int index) {
        return nodes.get(Math.floorMod(index, nodes.size()));
    }

    static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);     // a run that fails exits without waiting for its clients
        thread.start();
        return thread;
    }

    static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
