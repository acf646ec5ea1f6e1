package com.wuxiao.infra.bench;

import org.HdrHistogram.Histogram;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 12's load benchmark against a running app (started by {@code infra/bench/load}, which also
 * measures its start): the database's ceiling, declarations through the API at each client count,
 * latency at half the best throughput with the proposal projection's freshness, screenings through
 * Camunda's REST API with the leaderboard's freshness, the CRUD baseline, the heap after the load,
 * and a check that every acknowledged declaration has its event, its review and its row.
 * Arguments: {@code key=value} (see {@link Settings}).
 */
public final class LoadBenchmark {

    record Settings(URI base, String jdbcUrl, int jmxPort, Path out, Duration run, List<Integer> clients,
                    String password, double coldStartSeconds, double restartSeconds, int proposals, int workers,
                    int units) {

        static Settings parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                given.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
            return new Settings(URI.create(given.get("base")), given.get("jdbc"), Integer.parseInt(given.get("jmxPort")),
                    Path.of(given.getOrDefault("out", "infra/target/benchmark")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "60"))),
                    Arrays.stream(given.getOrDefault("clients", "4,16,64").split(",")).map(Integer::valueOf).toList(),
                    given.getOrDefault("password", "demo123"),
                    Double.parseDouble(given.getOrDefault("coldStart", "NaN")),
                    Double.parseDouble(given.getOrDefault("restart", "NaN")),
                    Integer.parseInt(given.getOrDefault("proposals", "50000")),
                    Integer.parseInt(given.getOrDefault("workers", "100000")),
                    Integer.parseInt(given.getOrDefault("units", "500")));
        }
    }

    private static final Duration CATCH_UP = Duration.ofMinutes(10);
    private static final Duration CEILING_RUN = Duration.ofSeconds(10);
    private static final Duration WARM_UP = Duration.ofSeconds(20);

    private final Settings settings;
    private final BenchHttp http;
    private final AppReadings app;
    private final BenchDatabase database;
    private final Report report = new Report();

    private LoadBenchmark(Settings settings) {
        this.settings = settings;
        this.http = new BenchHttp(settings.base(), settings.password());
        this.app = new AppReadings(http, Workload.ADMIN, settings.jmxPort());
        this.database = new BenchDatabase(settings.jdbcUrl(), "postgres", "");
    }

    public static void main(String[] args) throws Exception {
        new LoadBenchmark(Settings.parse(args)).run();
    }

    private void run() throws Exception {
        report.put("startedAt", Instant.now().toString());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("runSeconds", settings.run().toSeconds());
        long eventsBefore = count("SELECT count(*) FROM domainevententry");

        Map<Integer, Load.Run> ceiling = new LinkedHashMap<>();
        for (int clients : settings.clients()) {
            ceiling.put(clients, log(database.inserts(clients, CEILING_RUN)));
        }
        report.put("postgresInserts", runs(ceiling));

        Submissions submissions = new Submissions(http);
        log(Load.closed("warm-up", 16, WARM_UP, submissions::declare));
        app.awaitCaughtUp(CATCH_UP);
        Map<Integer, Load.Run> api = new LinkedHashMap<>();
        Map<Integer, Double> catchUp = new LinkedHashMap<>();
        for (int clients : settings.clients()) {
            api.put(clients, log(Load.closed("api-declare", clients, settings.run(), submissions::declare)));
            catchUp.put(clients, Report.round(app.awaitCaughtUp(CATCH_UP).toMillis() / 1000.0));
        }
        report.put("apiDeclarations", runs(api));
        report.put("apiCatchUpSeconds", catchUp);

        double best = api.values().stream().mapToDouble(Load.Run::perSecond).max().orElseThrow();
        Probe proposals = Probe.start("probe-proposals", submissions.visibleInProposals());
        Load.Run half = log(Load.paced("api-half-load", 64, best / 2, settings.run(), submissions::declare));
        Histogram proposalFreshness = proposals.stop();
        app.awaitCaughtUp(CATCH_UP);
        report.put("apiHalfLoad", Report.of(half));
        report.put("proposalProjectionFreshness", Report.latency(proposalFreshness));
        Map<String, Object> integrity = integrity(submissions.acknowledged(), eventsBefore);

        Screenings screenings = new Screenings(http);
        int dealt = screenings.deal(database);
        Probe board = Probe.start("probe-board", screenings.visibleOnTheBoard(submissions, screenings.acceptedInProbeCategory()));
        Map<Integer, Load.Run> screened = new LinkedHashMap<>();
        for (int clients : List.of(4, 16)) {
            screened.put(clients, log(Load.closed("screen", clients, settings.run(), screenings::screenNext)));
        }
        Histogram boardFreshness = board.stop();
        app.awaitCaughtUp(CATCH_UP);
        report.put("screenings", Map.of("dealt", dealt, "accepted", screenings.accepted(), "left", screenings.left(),
                "runs", runs(screened)));
        report.put("leaderboardFreshness", Report.latency(boardFreshness));

        Map<Integer, Load.Run> crud = new LinkedHashMap<>();
        for (int clients : settings.clients()) {
            crud.put(clients, log(Load.closed("crud-declare", clients, settings.run(), submissions::declareWithoutEvents)));
        }
        report.put("crudDeclarations", runs(crud));
        long heap = app.heapAfterFullGc();
        report.put("heapAfterLoadBytes", heap);
        report.put("integrity", integrity);
        report.put("coldStartSeconds", settings.coldStartSeconds());
        report.put("restartSeconds", settings.restartSeconds());

        ReplayAndQueries large = new ReplayAndQueries(http, app, database);
        Map<String, Object> generated = large.generate(settings.proposals(), settings.workers(), settings.units());
        report.put("syntheticData", generated);
        long events = count("SELECT count(*) FROM domainevententry");
        Map<String, Object> raw = large.rawRead();
        report.put("rawEventRead", raw);
        Map<String, Object> replay = large.replay(events);
        report.put("replay", replay);
        Map<String, Object> queries = large.queries();
        report.put("queriesAtSize", queries);
        report.put("heapAfterReplayBytes", app.heapAfterFullGc());
        targets(api, crud, ceiling, half, proposalFreshness, boardFreshness, heap, integrity);
        replayTargets(events, raw, replay, queries);
        report.write(settings.out(), "load", "Load benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, "
                                     + Instant.now() + " (runs of " + settings.run().toSeconds() + " s)");
    }

    private void targets(Map<Integer, Load.Run> api, Map<Integer, Load.Run> crud, Map<Integer, Load.Run> ceiling,
                         Load.Run half, Histogram proposalFreshness, Histogram boardFreshness, long heap,
                         Map<String, Object> integrity) {
        Load.Run api16 = api.get(16);
        for (int clients : settings.clients()) {
            report.note("PostgreSQL single-row insert commits, " + clients + " clients",
                    Report.format(ceiling.get(clients).perSecond()) + "/s");
        }
        for (int clients : settings.clients()) {
            report.note("declarations via the API, " + clients + " clients",
                    Report.format(api.get(clients).perSecond()) + "/s (p99 " + Report.format(api.get(clients).millis(99)) + " ms)");
            report.note("CRUD baseline, " + clients + " clients", Report.format(crud.get(clients).perSecond()) + "/s");
        }
        report.target("declarations via the API at 16 clients", api16 == null ? Double.NaN : api16.perSecond(), "/s", true, 1_000);
        report.target("API ÷ CRUD baseline at 16 clients", api16 == null ? Double.NaN
                : api16.perSecond() / crud.get(16).perSecond(), "×", true, 1.0);
        report.target("p99 at half the best throughput (" + Report.format(half.perSecond()) + "/s)", half.millis(99), " ms", false, 50);
        report.target("proposal projection freshness p99", Report.millis(proposalFreshness, 99), " ms", false, 1_000);
        report.target("leaderboard freshness p99", Report.millis(boardFreshness, 99), " ms", false, 1_000);
        report.target("cold start (java -jar, empty database)", settings.coldStartSeconds(), " s", false, 15);
        report.target("restart (java -jar, the same database)", settings.restartSeconds(), " s", false, 15);
        report.target("heap after the load (after a full GC)", heap / 1024.0 / 1024.0, " MB", false, 512);
        report.target("acknowledged declarations without event, review or row", ((Number) integrity.get("missing")).doubleValue(),
                "", false, 0);
    }

    @SuppressWarnings("unchecked")
    private void replayTargets(long events, Map<String, Object> raw, Map<String, Object> replay,
                               Map<String, Object> queries) {
        double replayed = ((Number) replay.get("perSecond")).doubleValue();
        double read = ((Number) raw.get("perSecond")).doubleValue();
        report.note("raw sequential read of the event table (" + Report.format(events) + " events)",
                Report.format(read) + " events/s");
        report.target("replay of every projection (" + Report.format(events) + " events)", replayed, " events/s",
                true, 50_000);
        report.target("replay ÷ raw read", replayed / read, "×", true, 0.3);
        queries.forEach((name, figures) -> {
            Object measured = ((Map<String, Object>) figures).get("p99Ms");
            double p99 = measured == null ? Double.NaN : ((Number) measured).doubleValue();
            String figure = name + " p99, " + Report.format(settings.proposals()) + " proposals";
            if (name.startsWith("leaderboard") || name.startsWith("proposal list")) {
                report.target(figure, p99, " ms", false, 10);
            } else {
                report.note(figure, Report.format(p99) + " ms");
            }
        });
    }

    /** Every acknowledged declaration of the run has exactly one event, one monthly review, one row. */
    private Map<String, Object> integrity(long acknowledged, long eventsBefore) throws SQLException {
        String submitted = "payloadtype = 'com.wuxiao.command.proposal.api.ProposalSubmittedEvent'";
        long events = count("SELECT count(*) FROM domainevententry WHERE " + submitted);
        long distinct = count("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE " + submitted);
        long reviews = count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = 'monthly-review'");
        long distinctReviews = count("SELECT count(DISTINCT business_key_) FROM act_hi_procinst "
                                     + "WHERE proc_def_key_ = 'monthly-review'");
        long rows = count("SELECT count(*) FROM proposal_view");
        // The demo profile's own declarations were there before the run.
        long before = count("SELECT count(*) FROM proposal_view WHERE id LIKE 'demo-%'");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("acknowledged", acknowledged);
        figures.put("submittedEvents", events - before);
        figures.put("monthlyReviews", reviews - before);
        figures.put("projectionRows", rows - before);
        figures.put("doubled", (events - distinct) + (reviews - distinctReviews));
        long fewest = Math.min(events, Math.min(reviews, rows)) - before;
        figures.put("missing", Math.max(0, acknowledged - fewest));
        figures.put("eventsWritten", count("SELECT count(*) FROM domainevententry") - eventsBefore);
        return figures;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Map<String, Object> runs(Map<Integer, Load.Run> runs) {
        Map<String, Object> byClients = new LinkedHashMap<>();
        runs.forEach((clients, run) -> byClients.put(String.valueOf(clients), Report.of(run)));
        return byClients;
    }

    private static Load.Run log(Load.Run run) {
        System.out.printf("%s: %d clients, %.1f s, %d ok, %d failed, %.1f/s, p50 %.1f ms, p99 %.1f ms%n", run.name(),
                run.clients(), run.seconds(), run.ok(), run.failed(), run.perSecond(), run.millis(50), run.millis(99));
        return run;
    }
}
