package com.wuxiao.infra.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's one record: every figure of the run as JSON, and a markdown table of the figures
 * against issue 12's targets. A target's line says "met", "NOT met" or "not measured"; nothing is
 * left out of the table because it looks bad.
 */
final class Report {

    private record Line(String figure, String value, String target, String verdict) {
    }

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();

    void put(String key, Object value) {
        figures.put(key, value);
    }

    static Map<String, Object> of(Load.Run run) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("clients", run.clients());
        figure.put("seconds", round(run.seconds()));
        figure.put("ok", run.ok());
        figure.put("failed", run.failed());
        figure.put("perSecond", round(run.perSecond()));
        figure.putAll(latency(run.latencyMicros()));
        return figure;
    }

    static Map<String, Object> latency(Histogram micros) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("count", micros.getTotalCount());
        if (micros.getTotalCount() > 0) {
            figure.put("p50Ms", millis(micros, 50));
            figure.put("p95Ms", millis(micros, 95));
            figure.put("p99Ms", millis(micros, 99));
            figure.put("maxMs", round(micros.getMaxValue() / 1000.0));
        }
        return figure;
    }

    static double millis(Histogram micros, double percentile) {
        return round(micros.getValueAtPercentile(percentile) / 1000.0);
    }

    /** A target: met when {@code atLeast} ? value ≥ bound : value ≤ bound; NaN = not measured. */
    void target(String figure, double value, String unit, boolean atLeast, double bound) {
        String verdict = Double.isNaN(value) ? "not measured"
                : (atLeast ? value >= bound : value <= bound) ? "met" : "NOT met";
        lines.add(new Line(figure, Double.isNaN(value) ? "–" : format(value) + unit,
                (atLeast ? "≥ " : "≤ ") + format(bound) + unit, verdict));
    }

    /** A figure without a target, shown for context. */
    void note(String figure, String value) {
        lines.add(new Line(figure, value, "–", "–"));
    }

    /** Writes {@code name}.json and {@code name}.md in the directory. */
    void write(Path directory, String name, String header) throws IOException {
        Files.createDirectories(directory);
        figures.put("targets", lines.stream().map(line -> Map.of("figure", line.figure(), "value", line.value(),
                "target", line.target(), "verdict", line.verdict())).toList());
        BenchHttp.JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(name + ".json").toFile(), figures);
        StringBuilder table = new StringBuilder(header).append("\n\n| figure | value | target | verdict |\n|---|---|---|---|\n");
        lines.forEach(line -> table.append("| ").append(line.figure()).append(" | ").append(line.value()).append(" | ")
                .append(line.target()).append(" | ").append(line.verdict()).append(" |\n"));
        Files.writeString(directory.resolve(name + ".md"), table);
        System.out.println(table);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }
}
