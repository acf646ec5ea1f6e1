package com.wuxiao.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Issue 14's "p99 ≤ 50 ms with a year of the demo data": every as-of answer of the API (the three
 * leaderboards by month, quarter or year, the funnel, the patent pipeline, the commendation standings,
 * a proposal's status) asked at a random day of the demo year, from 4 clients, against the app the
 * script started on the demo year. A figure, not a test.
 */
public final class AsOfBenchmark {

    private static final int CLIENTS = 4;

    private AsOfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            given.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        BenchHttp http = new BenchHttp(URI.create(given.get("base")), given.getOrDefault("password", "demo123"));
        Duration run = Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "20")));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        List<String> proposals = new ArrayList<>();
        http.json(Workload.LEADER, "/api/proposals?year=" + year + "&size=100").get("items")
                .forEach((JsonNode p) -> proposals.add(p.get("id").asText()));

        Map<String, Supplier<String>> asks = new LinkedHashMap<>();
        for (String kind : List.of("individuals", "units", "categories")) {
            asks.put("leaderboard " + kind + " (a month, quarter or the year)", () -> "/api/leaderboards/" + kind
                    + "?size=100&period=" + period(year) + "&asOf=" + day(year));
        }
        asks.put("funnel (the year)", () -> "/api/funnel?period=" + year + "&asOf=" + day(year));
        asks.put("patent pipeline (the year)", () -> "/api/patents/pipeline?year=" + year + "&asOf=" + day(year));
        asks.put("commendation standings", () -> "/api/commendations/" + year + "/standings?asOf=" + day(year));
        asks.put("a proposal's status", () -> "/api/proposals/"
                + proposals.get(ThreadLocalRandom.current().nextInt(proposals.size())) + "?asOf=" + day(year));

        Report report = new Report();
        report.put("year", year);
        report.put("clients", CLIENTS);
        report.put("runSeconds", run.toSeconds());
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<String>> ask : asks.entrySet()) {
            // a proposal declared after the day asked is a 404: an answer too, as fast
            Load.Run measured = Load.closed(ask.getKey(), CLIENTS, run, client -> {
                BenchHttp.Response answer = http.get(Workload.LEADER, ask.getValue().get());
                return answer.ok() || answer.status() == 404;
            });
            System.out.printf("%s: %.1f/s, p50 %.1f ms, p99 %.1f ms, %d failed%n", ask.getKey(), measured.perSecond(),
                    measured.millis(50), measured.millis(99), measured.failed());
            figures.put(ask.getKey(), Report.of(measured));
            report.target(ask.getKey() + " as of a day, p99", measured.millis(99), " ms", false, 50);
            if (measured.failed() > 0) {
                report.target(ask.getKey() + " failed requests", measured.failed(), "", false, 0);
            }
        }
        report.put("queries", figures);
        report.write(Path.of(given.getOrDefault("out", "infra/target/benchmark")), "as-of",
                "# As of any date (issue 14): the demo year's figures asked at a random day, " + CLIENTS + " clients");
    }

    private static String period(int year) {
        return switch (ThreadLocalRandom.current().nextInt(3)) {
            case 0 -> String.format("%d-%02d", year, 1 + ThreadLocalRandom.current().nextInt(12));
            case 1 -> year + "-Q" + (1 + ThreadLocalRandom.current().nextInt(4));
            default -> String.valueOf(year);
        };
    }

    private static String day(int year) {
        return LocalDate.of(year, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365)).toString();
    }
}
