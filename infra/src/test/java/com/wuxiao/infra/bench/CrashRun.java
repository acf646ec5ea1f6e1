package com.wuxiao.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.wuxiao.infra.bench.Workload.Worker;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Issue 12's crash run, the client side (infra/bench/crash kills and restarts the app): declarations
 * and screenings at a steady rate while the app dies under them. A declaration whose answer is lost
 * is sent again with the same idempotency key and body until it is answered, as a careful client
 * does, so every declaration ends acknowledged; a screening counts only when its completion was
 * answered (a lost answer leaves it "unsure": at most once, never twice). When the stop file
 * appears, it waits for the processors and checks everything acknowledged against the database:
 * {@link CrashChecks}. Arguments: base, jdbc, stopFile, out.
 */
public final class CrashRun {

    private static final int DECLARING_CLIENTS = 4;
    /** All declaring clients together. */
    private static final long DECLARATIONS_PER_SECOND = 8;
    private static final Duration RETRY_FOR = Duration.ofMinutes(3);

    private final BenchHttp http;
    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    /** An acknowledged declaration waiting for its screening. */
    private record Pending(String proposalId, String unitId) {
    }

    private final ConcurrentLinkedQueue<Pending> toScreen = new ConcurrentLinkedQueue<>();
    private final Set<String> screened = ConcurrentHashMap.newKeySet();
    private final Set<String> unsure = ConcurrentHashMap.newKeySet();
    /** Declarations sent again because their answer was lost (the app died under them). */
    private final AtomicLong lostAnswers = new AtomicLong();
    /** Declarations the app refused (a bug of the run, reported). */
    private final AtomicLong refused = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();

    private CrashRun(BenchHttp http) {
        this.http = http;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            given.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        BenchHttp http = new BenchHttp(URI.create(given.get("base")), "demo123");
        CrashRun run = new CrashRun(http);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < DECLARING_CLIENTS; i++) {
            int client = i;
            clients.add(start("declare-" + i, () -> run.declare(client)));
        }
        clients.add(start("screen", run::screen));
        Path stopFile = Path.of(given.get("stopFile"));
        while (!Files.exists(stopFile)) {
            Thread.sleep(500);
        }
        run.stop.set(true);
        for (Thread client : clients) {
            client.join();
        }
        Map<String, Object> report = new CrashChecks(http, new BenchDatabase(given.get("jdbc"), "postgres", ""))
                .check(run.declared, run.screened, run.unsure);
        report.put("kills", Integer.parseInt(Files.readString(stopFile).trim()));
        report.put("requestsResentAfterALostAnswer", run.lostAnswers.get());
        report.put("declarationsRefused", run.refused.get());
        BenchHttp.JSON.writerWithDefaultPrettyPrinter().writeValue(Path.of(given.get("out")).toFile(), report);
        System.out.println(BenchHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        boolean clean = ((Number) report.get("lost")).longValue() == 0 && ((Number) report.get("doubled")).longValue() == 0
                        && ((Number) report.get("aggregatesWithSequenceGaps")).longValue() == 0
                        && ((Number) report.get("deadLetters")).longValue() == 0 && run.refused.get() == 0
                        && Boolean.TRUE.equals(report.get("caughtUp"));
        System.exit(clean ? 0 : 1);
    }

    private void declare(int client) {
        long interval = TimeUnit.SECONDS.toNanos(1) * DECLARING_CLIENTS / DECLARATIONS_PER_SECOND;
        long next = System.nanoTime();
        while (!stop.get()) {
            Worker worker = Workload.submitter(client);
            Map<String, Object> body = Workload.declaration(worker);
            String key = UUID.randomUUID().toString();
            long deadline = System.nanoTime() + RETRY_FOR.toNanos();
            while (System.nanoTime() < deadline) {
                BenchHttp.Response answer = http.post(worker.id(), Submissions.API, body, key);
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
                lostAnswers.incrementAndGet();
                sleep(500);
            }
            next += interval;
            sleep(TimeUnit.NANOSECONDS.toMillis(next - System.nanoTime()));
        }
    }

    /** Screens acknowledged declarations, oldest first, as their unit's first coordinator. */
    private void screen() {
        while (!stop.get()) {
            Pending pending = toScreen.poll();
            if (pending == null) {
                sleep(200);
                continue;
            }
            String proposalId = pending.proposalId();
            String coordinator = Workload.SCREENERS.get(pending.unitId()).get(0);
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

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.start();
        return thread;
    }

    private static void sleep(long millis) {
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
