package com.wuxiao.infra.it;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The conversion funnel by its written definition (product.md's stages; the counting rules in the
 * javadoc of {@code FunnelRow}: each stage in the period it happened, first handover and first
 * adoption per result, later adoptions replications, the latest benefit report of each adoption),
 * worked out again from what an integration test did, without the read model's SQL: the test notes
 * each step with its time, and this class counts the stages of a period per unit of the result.
 */
final class FunnelModel {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** One funnel row as the API answers it, numbers as strings where they are decimals. */
    record Row(long submitted, long accepted, long awarded, long patentsFiled, long patentsGranted, long handedOver,
               long adopted, long replicated, String conversionRate, String averageDays, long adoptionsReported,
               String cnySaved, long incidentsAvoided, String hoursSaved) {
    }

    private record Step(String stage, String proposalId, Instant at) {
    }

    private record Benefit(int months, BigDecimal cny, int incidents, BigDecimal hours) {
    }

    private final Map<String, String> unitOf = new HashMap<>();
    private final Map<String, Instant> awardedAt = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();
    /** conversion id → (proposal, adoption time) */
    private final Map<String, Step> adoptions = new LinkedHashMap<>();
    private final Map<String, Benefit> latestBenefit = new HashMap<>();

    void submitted(String proposalId, String unit, Instant at) {
        unitOf.put(proposalId, unit);
        steps.add(new Step("submitted", proposalId, at));
    }

    void accepted(String proposalId, Instant at) {
        steps.add(new Step("accepted", proposalId, at));
    }

    void awarded(String proposalId, Instant at) {
        awardedAt.put(proposalId, at);
        steps.add(new Step("awarded", proposalId, at));
    }

    void patentFiled(String proposalId, Instant at) {
        steps.add(new Step("filed", proposalId, at));
    }

    void patentGranted(String proposalId, Instant at) {
        steps.add(new Step("granted", proposalId, at));
    }

    void handedOver(String proposalId, Instant at) {
        steps.add(new Step("handedOver", proposalId, at));
    }

    void adopted(String conversionId, String proposalId, Instant at) {
        adoptions.put(conversionId, new Step("adopted", proposalId, at));
    }

    /** A later report (more months) replaces an earlier one. */
    void benefit(String conversionId, int months, String cny, int incidents, String hours) {
        Benefit now = new Benefit(months, new BigDecimal(cny), incidents, new BigDecimal(hours));
        latestBenefit.merge(conversionId, now, (old, reported) -> reported.months() >= old.months() ? reported : old);
    }

    static Instant beijing(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(BEIJING).toInstant();
    }

    /** Rows per unit (sorted by unit id) and, under key null, the total. */
    Map<String, Row> rows(Instant from, Instant to) {
        Predicate<Instant> in = at -> !at.isBefore(from) && at.isBefore(to);
        Map<String, Row> rows = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        List<String> units = unitOf.values().stream().distinct().sorted().toList();
        for (String unit : units) {
            Row row = row(in, unit);
            if (!row.equals(row(at -> false, unit))) {
                rows.put(unit, row);
            }
        }
        rows.put(null, row(in, null));
        return rows;
    }

    private Row row(Predicate<Instant> in, String unit) {
        Predicate<String> ofUnit = proposalId -> unit == null || unit.equals(unitOf.get(proposalId));
        long submitted = count("submitted", in, ofUnit);
        long accepted = count("accepted", in, ofUnit);
        long awarded = count("awarded", in, ofUnit);
        long filed = count("filed", in, ofUnit);
        long granted = count("granted", in, ofUnit);
        // first handover of each result
        Map<String, Instant> firstHandover = new HashMap<>();
        steps.stream().filter(s -> s.stage().equals("handedOver"))
                .forEach(s -> firstHandover.merge(s.proposalId(), s.at(), (a, b) -> a.isBefore(b) ? a : b));
        long handedOver = firstHandover.entrySet().stream()
                .filter(e -> ofUnit.test(e.getKey()) && in.test(e.getValue())).count();
        // a result's first adoption is its conversion, every later one a replication
        Map<String, Instant> firstAdoption = new HashMap<>();
        adoptions.values().forEach(s -> firstAdoption.merge(s.proposalId(), s.at(), (a, b) -> a.isBefore(b) ? a : b));
        long adopted = 0;
        long seconds = 0;
        for (Map.Entry<String, Instant> first : firstAdoption.entrySet()) {
            if (ofUnit.test(first.getKey()) && in.test(first.getValue())) {
                adopted++;
                seconds += Duration.between(awardedAt.get(first.getKey()), first.getValue()).toSeconds();
            }
        }
        long replicated = adoptions.values().stream()
                .filter(s -> ofUnit.test(s.proposalId()) && in.test(s.at())
                             && !s.at().equals(firstAdoption.get(s.proposalId())))
                .count();
        long reported = 0;
        BigDecimal cny = BigDecimal.ZERO;
        long incidents = 0;
        BigDecimal hours = BigDecimal.ZERO;
        for (Map.Entry<String, Step> adoption : adoptions.entrySet()) {
            Benefit benefit = latestBenefit.get(adoption.getKey());
            if (benefit != null && ofUnit.test(adoption.getValue().proposalId()) && in.test(adoption.getValue().at())) {
                reported++;
                cny = cny.add(benefit.cny());
                incidents += benefit.incidents();
                hours = hours.add(benefit.hours());
            }
        }
        String rate = awarded == 0 ? null
                : BigDecimal.valueOf(adopted).divide(BigDecimal.valueOf(awarded), 4, RoundingMode.HALF_UP).toPlainString();
        String days = adopted == 0 ? null
                : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400L * adopted), 1, RoundingMode.HALF_UP)
                        .toPlainString();
        return new Row(submitted, accepted, awarded, filed, granted, handedOver, adopted, replicated, rate, days,
                reported, cny.setScale(2, RoundingMode.HALF_UP).toPlainString(), incidents,
                hours.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    private long count(String stage, Predicate<Instant> in, Predicate<String> ofUnit) {
        return steps.stream()
                .filter(s -> s.stage().equals(stage) && ofUnit.test(s.proposalId()) && in.test(s.at()))
                .map(Step::proposalId).distinct().count();
    }

    /** The API's row as this model writes it, for comparison. */
    @SuppressWarnings("unchecked")
    static Row fromApi(Map<String, Object> row) {
        Map<String, Object> benefit = (Map<String, Object>) row.get("benefit");
        return new Row(number(row, "submitted"), number(row, "accepted"), number(row, "awarded"),
                number(row, "patentsFiled"), number(row, "patentsGranted"), number(row, "handedOver"),
                number(row, "adopted"), number(row, "replicated"), decimal(row.get("conversionRate"), 4),
                decimal(row.get("averageDaysAwardToAdoption"), 1), number(benefit, "adoptionsReported"),
                decimal(benefit.get("cnySavedPerYear"), 2), number(benefit, "safetyIncidentsAvoided"),
                decimal(benefit.get("hoursSaved"), 2));
    }

    private static long number(Map<String, Object> row, String field) {
        return ((Number) Objects.requireNonNull(row.get(field), field)).longValue();
    }

    private static String decimal(Object value, int scale) {
        return value == null ? null
                : new BigDecimal(value.toString()).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
