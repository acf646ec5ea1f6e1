package com.wuxiao.infra.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 12's 1.6 and 1.7: synthetic proposals appended through the app's event store (many workers,
 * many units), then every projection rebuilt from the first event (events per second, against a raw
 * sequential read of the event table over JDBC), then the read side's queries at that size.
 */
final class ReplayAndQueries {

    private static final int CHUNK = 10_000;
    private static final Duration QUERY_RUN = Duration.ofSeconds(20);
    private static final Duration REPLAY_LIMIT = Duration.ofHours(2);

    private final BenchHttp http;
    private final AppReadings app;
    private final BenchDatabase database;

    ReplayAndQueries(BenchHttp http, AppReadings app, BenchDatabase database) {
        this.http = http;
        this.app = app;
        this.database = database;
    }

    Map<String, Object> generate(int proposals, int workers, int units) throws InterruptedException {
        long started = System.nanoTime();
        require(http.post(Workload.ADMIN, "/api/bench/synthetic-events/pause", ""));
        long events = 0;
        for (long from = 0; from < proposals; from += CHUNK) {
            int count = (int) Math.min(CHUNK, proposals - from);
            BenchHttp.Response appended = require(http.post(Workload.ADMIN, "/api/bench/synthetic-events?from=" + from
                    + "&count=" + count + "&workers=" + workers + "&units=" + units, ""));
            events += Long.parseLong(appended.body().trim());
            System.out.printf("synthetic proposals: %,d of %,d (%,d events)%n", from + count, proposals, events);
        }
        require(http.post(Workload.ADMIN, "/api/bench/synthetic-events/resume", ""));
        double appendSeconds = (System.nanoTime() - started) / 1e9;
        Duration caughtUp = app.awaitCaughtUp(REPLAY_LIMIT);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("proposals", proposals);
        figures.put("workers", workers);
        figures.put("units", units);
        figures.put("eventsAppended", events);
        figures.put("appendSeconds", Report.round(appendSeconds));
        figures.put("appendedPerSecond", Report.round(events / appendSeconds));
        figures.put("projectionsCaughtUpAfterAppendSeconds", Report.round(caughtUp.toMillis() / 1000.0));
        return figures;
    }

    /** Reads every event's columns in order, as a replay reads them, and counts them: events per second. */
    Map<String, Object> rawRead() throws SQLException {
        long started = System.nanoTime();
        long events = 0;
        long bytes = 0;
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1_000);
                try (ResultSet rows = statement.executeQuery("SELECT globalindex, eventidentifier, aggregateidentifier, "
                        + "sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata "
                        + "FROM domainevententry ORDER BY globalindex")) {
                    while (rows.next()) {
                        events++;
                        bytes += rows.getBytes("payload").length + rows.getBytes("metadata").length;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return Map.of("events", events, "bytes", bytes, "seconds", Report.round(seconds),
                "perSecond", Report.round(events / seconds));
    }

    /** Resets every projection and waits until all are back at the head. */
    Map<String, Object> replay(long events) throws InterruptedException {
        long started = System.nanoTime();
        List<String> replayed = new ArrayList<>();
        BenchHttp.read(require(http.post(Workload.ADMIN, "/api/bench/replay", "")).body())
                .forEach(name -> replayed.add(name.asText()));
        app.awaitAtHead(replayed, REPLAY_LIMIT);
        double seconds = (System.nanoTime() - started) / 1e9;
        return Map.of("processors", replayed, "events", events, "seconds", Report.round(seconds),
                "perSecond", Report.round(events / seconds));
    }

    /** p50/p99 of each of the read side's main queries at this size, from 4 clients. */
    Map<String, Object> queries() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Map<String, String> asks = new LinkedHashMap<>();
        asks.put("leaderboard (individuals, year)", Workload.LEADER + " /api/leaderboards/individuals?period=" + year);
        asks.put("leaderboard (units, year)", Workload.LEADER + " /api/leaderboards/units?period=" + year);
        asks.put("proposal list (union office, newest first)", Workload.LEADER + " /api/proposals?year=" + year);
        asks.put("proposal list (one unit and category)", Workload.LEADER + " /api/proposals?unitId=U007&categoryCode=XXH");
        asks.put("funnel (year)", Workload.LEADER + " /api/funnel?period=" + year);
        asks.put("my proposals", "w1001 /api/proposals/mine");
        Map<String, Object> figures = new LinkedHashMap<>();
        asks.forEach((name, ask) -> {
            String user = ask.substring(0, ask.indexOf(' '));
            String path = ask.substring(ask.indexOf(' ') + 1);
            Load.Run run = Load.closed(name, 4, QUERY_RUN, client -> http.get(user, path).ok());
            System.out.printf("%s: %.1f/s, p50 %.1f ms, p99 %.1f ms, %d failed%n", name, run.perSecond(), run.millis(50),
                    run.millis(99), run.failed());
            figures.put(name, Report.of(run));
        });
        return figures;
    }

    private static BenchHttp.Response require(BenchHttp.Response response) {
        if (!response.ok()) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response;
    }
}
