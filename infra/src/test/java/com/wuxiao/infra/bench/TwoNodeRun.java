package com.wuxiao.infra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Issue 12's two-node and fault run (infra/bench/two-nodes starts the PostgreSQL server): two
 * instances of the app on one database, under load on both.
 * <ol>
 * <li>Throughput: declarations from 8 closed-loop clients on node A alone, then on A and B (4 each),
 * 30 s each after a warm-up, in the same run.</li>
 * <li>Sharing: once B is up, how long until each holds its share of every processor's segments.</li>
 * <li>Under {@link SteadyClients} on both nodes: {@link ConcurrentCommands} through the two nodes; a
 * transaction held open 50 s (Axon's gap timeout is 60 s) with a submission in it; PostgreSQL
 * stopped for 30 s and started again, the same two processes going on; node B killed (SIGKILL), and
 * how long until A holds every segment.</li>
 * <li>Checks: {@link CrashChecks} of everything the steady clients were told, {@link ReadModelChecks}
 * of every event stored, the held submission in the read models.</li>
 * </ol>
 * Writes two-nodes.json and two-nodes.md; exits 1 on anything lost, doubled, missed or a lost update.
 * Arguments: classpath, jdbc, pgStop, pgStart (shell commands), out, portA, portB.
 */
public final class TwoNodeRun {

    private static final Duration RUN = Duration.ofSeconds(30);
    /** A fresh JVM spends much of two cores on its JIT compiler at first: both phases start warm. */
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final int CLIENTS = 8;
    private static final Duration HOLD = Duration.ofSeconds(50);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** Axon's token claim timeout (its default, which the app keeps). */
    private static final double CLAIM_TIMEOUT_SECONDS = 10;

    private TwoNodeRun() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(CrashRun.arguments(args)) ? 0 : 1);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);     // the nodes go with the JVM (AppNode's shutdown hook)
        }
    }

    private static boolean run(Map<String, String> given) throws Exception {
        Path out = Path.of(given.get("out"));
        BenchDatabase database = new BenchDatabase(given.get("jdbc"), "postgres", "");
        SegmentOwners segments = new SegmentOwners(database);
        Report report = new Report();

        AppNode a = AppNode.start("A", Integer.parseInt(given.get("portA")), given.get("classpath"), given.get("jdbc"),
                out.resolve("two-nodes-a.log"));
        report.put("nodeAReadySeconds", seconds(a.awaitReady(Duration.ofMinutes(3))));
        Submissions onA = new Submissions(a.http);
        Load.closed("warm-up", CLIENTS, WARM_UP, onA::declare);
        long[] cpu = cpu();
        Load.Run one = Load.closed("one-node", CLIENTS, RUN, onA::declare);
        double cpuOne = busySince(cpu);
        Map<String, Object> oneNode = Report.of(one);
        oneNode.put("machineCpuBusyPercent", cpuOne);
        report.put("oneNode", oneNode);

        AppNode b = AppNode.start("B", Integer.parseInt(given.get("portB")), given.get("classpath"), given.get("jdbc"),
                out.resolve("two-nodes-b.log"));
        report.put("nodeBReadySeconds", seconds(b.awaitReady(Duration.ofMinutes(3))));
        List<AppNode> nodes = List.of(a, b);
        double shared = seconds(segments.await(owners -> SegmentOwners.shared(owners, nodes), Duration.ofMinutes(2)));
        report.put("segmentsSharedSecondsAfterBReady", shared);
        report.put("segmentsWithTwoNodes", segments.byNode(nodes));
        List<Submissions> both = List.of(new Submissions(a.http), new Submissions(b.http));
        Load.closed("warm-up", CLIENTS, WARM_UP, client -> both.get(client % 2).declare(client));
        long beforeA = both.get(0).acknowledged();
        long beforeB = both.get(1).acknowledged();
        cpu = cpu();
        Load.Run two = Load.closed("two-nodes", CLIENTS, RUN, client -> both.get(client % 2).declare(client));
        double cpuTwo = busySince(cpu);
        Map<String, Object> twoNodes = Report.of(two);
        twoNodes.put("machineCpuBusyPercent", cpuTwo);
        twoNodes.put("answeredByA", both.get(0).acknowledged() - beforeA);
        twoNodes.put("answeredByB", both.get(1).acknowledged() - beforeB);
        report.put("twoNodes", twoNodes);
        report.put("segmentsAfterTwoNodeLoad", segments.byNode(nodes));

        SteadyClients steady = new SteadyClients(List.of(a.http, b.http));
        steady.start();
        String held = "held-" + UUID.randomUUID();
        CompletableFuture<BenchHttp.Response> holding = CompletableFuture.supplyAsync(() -> b.http.post(Workload.ADMIN,
                "/api/bench/held-transaction?proposalId=" + held + "&workerId=w1002&unitId=ZC1&seconds=" + HOLD.toSeconds(), ""));
        Map<String, Object> concurrent = new ConcurrentCommands(a.http, b.http, database).run(20);
        report.put("concurrentCommands", concurrent);
        BenchHttp.Response heldAnswer = holding.get();

        Map<String, Object> outage = new LinkedHashMap<>();
        shell(given.get("pgStop"));
        Instant stopped = Instant.now();
        Thread.sleep(OUTAGE.toMillis());
        shell(given.get("pgStart"));
        outage.put("databaseStoppedSeconds", seconds(Duration.between(stopped, Instant.now())));
        Instant started = Instant.now();
        for (AppNode node : nodes) {
            while (!node.answersFromTheDatabase()) {
                if (!node.alive() || Duration.between(started, Instant.now()).toMinutes() >= 3) {
                    throw new IllegalStateException("node " + node.name + " did not recover from the outage");
                }
                Thread.sleep(200);
            }
            outage.put("node" + node.name + "AnswersAgainSecondsAfterStart", seconds(Duration.between(started, Instant.now())));
        }
        // The processes this run started: a node that had exited (and been started again) would not be alive.
        outage.put("sameProcesses", a.alive() && b.alive());
        report.put("databaseOutage", outage);
        Thread.sleep(20_000);

        b.kill();
        Map<String, Object> takeover = new LinkedHashMap<>();
        double took = seconds(segments.await(owners -> SegmentOwners.allHeldBy(owners, a), Duration.ofMinutes(2)));
        takeover.put("secondsUntilAHoldsEverySegment", took);
        takeover.put("segments", segments.byNode(nodes));
        report.put("nodeBKilled", takeover);
        Thread.sleep(10_000);
        steady.stop();

        Map<String, Object> checks = new CrashChecks(a.http, database).check(steady.declared, steady.screened, steady.unsure);
        checks.put("requestsResentAfterALostAnswer", steady.lostAnswers.get());
        checks.put("declarationsRefused", steady.refused.get());
        report.put("steadyClients", checks);
        Map<String, Long> readModels = new ReadModelChecks(database).check();
        report.put("readModels", readModels);
        Map<String, Object> heldChecks = new LinkedHashMap<>();
        heldChecks.put("answer", heldAnswer.status());
        heldChecks.put("heldSeconds", HOLD.toSeconds());
        heldChecks.put("inTheProposalProjection", exists(database, "SELECT 1 FROM proposal_view WHERE id = ?", held));
        heldChecks.put("monthlyReviewStarted", exists(database,
                "SELECT 1 FROM act_hi_procinst WHERE proc_def_key_ = 'monthly-review' AND business_key_ = ?", held));
        report.put("heldTransaction", heldChecks);
        a.stop();

        double ratio = two.perSecond() / one.perSecond();
        report.put("twoNodeThroughputRatio", Report.round(ratio));
        report.note("declarations/s, node A alone (" + CLIENTS + " clients)", Report.format(Report.round(one.perSecond())));
        report.note("declarations/s, A and B (" + CLIENTS / 2 + " clients each)", Report.format(Report.round(two.perSecond()))
                + " (A " + twoNodes.get("answeredByA") + ", B " + twoNodes.get("answeredByB") + " answered)");
        report.target("two nodes against one", ratio, " ×", true, 1.6);
        report.note("the machine's CPU busy, one node / two nodes (both nodes, PostgreSQL and the clients share it)",
                Report.format(cpuOne) + " % / " + Report.format(cpuTwo) + " %");
        report.note("segments shared after B was ready", Report.format(shared) + " s");
        report.target("segments all held by A after B was killed", took, " s", false, CLAIM_TIMEOUT_SECONDS);
        report.note("concurrent command pairs (409 concurrent-change answers)",
                concurrent.get("pairs") + " (" + concurrent.get("concurrentChangeAnswers") + ")");
        report.target("pairs with two successes (lost update)", ((Number) concurrent.get("bothSucceeded")).doubleValue(), "",
                false, 0);
        report.note("PostgreSQL stopped, then both nodes answered again after",
                outage.get("databaseStoppedSeconds") + " s; " + outage.get("nodeAAnswersAgainSecondsAfterStart") + " / "
                + outage.get("nodeBAnswersAgainSecondsAfterStart") + " s, same processes " + outage.get("sameProcesses"));
        report.note("steady declarations / screenings acknowledged (items checked)", checks.get("declarationsAcknowledged") + " / "
                + checks.get("screeningsAcknowledged") + " (" + checks.get("itemsChecked") + ")");
        report.target("lost", ((Number) checks.get("lost")).doubleValue(), "", false, 0);
        report.target("doubled", ((Number) checks.get("doubled")).doubleValue(), "", false, 0);
        report.target("events some read model or process does not show (of " + readModels.get("events compared") + ")",
                ReadModelChecks.missed(readModels), "", false, 0);
        report.note("submission held open " + HOLD.toSeconds() + " s in the projection and its review",
                heldChecks.get("inTheProposalProjection") + " / " + heldChecks.get("monthlyReviewStarted"));
        report.write(out, "two-nodes", "Two-node and fault run, " + Runtime.getRuntime().availableProcessors() + " cores, "
                                       + Instant.now());

        return CrashChecks.clean(checks) && steady.refused.get() == 0 && ReadModelChecks.missed(readModels) == 0
                        && ConcurrentCommands.clean(concurrent) && Boolean.TRUE.equals(heldChecks.get("inTheProposalProjection"))
                        && Boolean.TRUE.equals(heldChecks.get("monthlyReviewStarted")) && heldAnswer.ok()
                        && Boolean.TRUE.equals(outage.get("sameProcesses"));
    }

    private static void shell(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    private static boolean exists(BenchDatabase database, String sql, String id) throws Exception {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    /** The machine's CPU time so far, busy and total, from /proc/stat (jiffies of all cores). */
    private static long[] cpu() throws Exception {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[] {total - idle, total};
    }

    private static double busySince(long[] before) throws Exception {
        long[] now = cpu();
        return Report.round(100.0 * (now[0] - before[0]) / Math.max(1, now[1] - before[1]));
    }

    private static double seconds(Duration duration) {
        return Report.round(duration.toMillis() / 1000.0);
    }
}
