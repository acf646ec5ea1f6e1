package com.wuxiao.infra.bench;

import com.wuxiao.infra.bench.Workload.Worker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Two commands on one proposal at the same moment, each through another node (issue 12.5): its
 * author withdraws it on both, or withdraws it on one while its coordinator accepts it on the other.
 * Both nodes load the proposal at the same version; the second to append its event breaks the event
 * table's unique (aggregate, sequence) and is answered 409 {@code concurrent-change}; the client
 * sends it once more, and now the proposal's rules refuse it (already withdrawn or screened). Exactly
 * one command may succeed, and its event must be the only one stored: two successes would be a lost
 * update.
 */
final class ConcurrentCommands {

    private static final Worker AUTHOR = Workload.SUBMITTERS.get(0);
    /** Not the steady screener (its unit's first coordinator), so their tasks never cross. */
    private static final String COORDINATOR = Workload.SCREENERS.get(AUTHOR.unitId()).get(1);

    private record Pair(String proposalId, boolean withScreening, int first, int second) {
    }

    private final BenchHttp one;
    private final BenchHttp other;
    private final BenchDatabase database;
    private final AtomicLong concurrentChanges = new AtomicLong();

    ConcurrentCommands(BenchHttp one, BenchHttp other, BenchDatabase database) {
        this.one = one;
        this.other = other;
        this.database = database;
    }

    Map<String, Object> run(int pairs) throws Exception {
        List<Pair> done = new ArrayList<>();
        // Two threads of its own: the common pool may have fewer free, and the two would not race.
        ExecutorService sides = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < pairs; i++) {
                done.add(race(declare(), i % 2 == 1, sides));
            }
        } finally {
            sides.shutdownNow();
        }
        long bothSucceeded = 0;
        long noneSucceeded = 0;
        long storedOtherwise = 0;
        List<String> findings = new ArrayList<>();
        try (Connection connection = database.connect()) {
            for (Pair pair : done) {
                long withdrawals = events(connection, pair.proposalId(), "ProposalWithdrawnEvent");
                long acceptances = events(connection, pair.proposalId(), "ProposalAcceptedEvent");
                boolean firstWon = pair.first() == 204;
                boolean secondWon = pair.second() == 204;
                long expectedWithdrawals = pair.withScreening() ? (firstWon ? 1 : 0) : (firstWon || secondWon ? 1 : 0);
                long expectedAcceptances = pair.withScreening() && secondWon ? 1 : 0;
                if (firstWon && secondWon) {
                    bothSucceeded++;
                    findings.add("both succeeded: " + pair);
                } else if (!firstWon && !secondWon) {
                    noneSucceeded++;
                    findings.add("none succeeded: " + pair);
                }
                if (withdrawals != expectedWithdrawals || acceptances != expectedAcceptances) {
                    storedOtherwise++;
                    findings.add(pair + ": stored " + withdrawals + " withdrawal(s), " + acceptances + " acceptance(s)");
                }
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("pairs", pairs);
        report.put("concurrentChangeAnswers", concurrentChanges.get());
        report.put("bothSucceeded", bothSucceeded);
        report.put("noneSucceeded", noneSucceeded);
        report.put("storedOtherwiseThanAnswered", storedOtherwise);
        report.put("findings", findings);
        return report;
    }

    static boolean clean(Map<String, Object> report) {
        return ((Number) report.get("bothSucceeded")).longValue() == 0 && ((Number) report.get("noneSucceeded")).longValue() == 0
               && ((Number) report.get("storedOtherwiseThanAnswered")).longValue() == 0;
    }

    private String declare() {
        BenchHttp.Response answer = one.post(AUTHOR.id(), Submissions.API, Workload.declaration(AUTHOR));
        if (answer.status() != 201) {
            throw new IllegalStateException("declaration: " + answer.status() + " " + answer.body());
        }
        return BenchHttp.read(answer.body()).path("proposalId").asText();
    }

    private Pair race(String proposalId, boolean withScreening, ExecutorService sides) throws Exception {
        String withdraw = Submissions.API + "/" + proposalId + "/withdraw";
        Supplier<Integer> second;
        if (withScreening) {
            awaitScreeningTask(proposalId);
            second = () -> send(other, COORDINATOR, "/api/screenings/" + proposalId, Map.of("outcome", "ACCEPT", "comment", "同意"));
        } else {
            second = () -> send(other, AUTHOR.id(), withdraw, "");
        }
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> {
            await(go);
            return send(one, AUTHOR.id(), withdraw, "");
        }, sides);
        CompletableFuture<Integer> then = CompletableFuture.supplyAsync(() -> {
            await(go);
            return second.get();
        }, sides);
        go.countDown();
        return new Pair(proposalId, withScreening, first.get(), then.get());
    }

    /** Sends once more, with the same key, when the first answer is a concurrent change; the last status. */
    private int send(BenchHttp node, String user, String path, Object body) {
        String key = UUID.randomUUID().toString();
        BenchHttp.Response answer = node.post(user, path, body, key);
        if (answer.status() == 409 && answer.body().contains("concurrent-change")) {
            concurrentChanges.incrementAndGet();
            answer = node.post(user, path, body, key);
        }
        return answer.status();
    }

    private void awaitScreeningTask(String proposalId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            BenchHttp.Response tasks = other.get(COORDINATOR, "/engine-rest/task?processInstanceBusinessKey=" + proposalId);
            if (tasks.ok() && !BenchHttp.read(tasks.body()).isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no screening task for " + proposalId + " after 60 s");
    }

    private static long events(Connection connection, String proposalId, String type) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?")) {
            statement.setString(1, proposalId);
            statement.setString(2, CrashChecks.EVENT + type);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
