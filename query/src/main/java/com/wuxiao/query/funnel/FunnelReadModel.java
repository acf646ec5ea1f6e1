package com.wuxiao.query.funnel;

import com.wuxiao.query.funnel.api.Funnel;
import com.wuxiao.query.funnel.api.FunnelRow;
import com.wuxiao.query.funnel.api.MeasuredBenefit;
import com.wuxiao.query.period.api.AsOf;
import com.wuxiao.query.period.api.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts the funnel's stages of a period from the facts of {@link FunnelProjection}, per unit. */
@Component
class FunnelReadModel {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    /** Each query yields unit_id plus its own columns for the rows whose time falls in [:start, :end). */
    private static final String SUBMITTED = """
            SELECT unit_id, count(*) AS n FROM funnel_proposal
            WHERE submitted_at >= :start AND submitted_at < :end AND recorded_at <= :asOf GROUP BY unit_id""";
    private static final String ACCEPTED = """
            SELECT p.unit_id, count(*) AS n FROM funnel_accepted a JOIN funnel_proposal p USING (proposal_id)
            WHERE a.accepted_at >= :start AND a.accepted_at < :end AND a.recorded_at <= :asOf GROUP BY p.unit_id""";
    private static final String AWARDED = """
            SELECT unit_id, count(*) AS n FROM funnel_awarded
            WHERE awarded_at >= :start AND awarded_at < :end AND recorded_at <= :asOf GROUP BY unit_id""";
    private static final String PATENTS_FILED = """
            SELECT unit_id, count(DISTINCT proposal_id) AS n FROM funnel_patent
            WHERE filed_at >= :start AND filed_at < :end AND filed_recorded_at <= :asOf GROUP BY unit_id""";
    private static final String PATENTS_GRANTED = """
            SELECT unit_id, count(DISTINCT proposal_id) AS n FROM funnel_patent
            WHERE granted_at >= :start AND granted_at < :end AND granted_recorded_at <= :asOf GROUP BY unit_id""";
    /** A result counts as handed over when its first handover (to any unit) falls in the period. */
    private static final String HANDED_OVER = """
            SELECT unit_id, count(*) AS n FROM (
                SELECT proposal_id, min(unit_id) AS unit_id, min(handed_over_at) AS first_at FROM funnel_conversion
                WHERE handed_over_at IS NOT NULL AND handed_over_recorded_at <= :asOf GROUP BY proposal_id) first_handover
            WHERE first_at >= :start AND first_at < :end GROUP BY unit_id""";
    /** A result's first adoption is its conversion; every later one, by a further unit, a replication. */
    private static final String ADOPTED = """
            SELECT unit_id,
                   count(*) FILTER (WHERE nth = 1) AS adopted,
                   count(*) FILTER (WHERE nth > 1) AS replicated,
                   coalesce(sum(EXTRACT(EPOCH FROM adopted_at - awarded_at)) FILTER (WHERE nth = 1), 0) AS seconds
            FROM (SELECT unit_id, adopted_at, awarded_at,
                         row_number() OVER (PARTITION BY proposal_id ORDER BY adopted_at, conversion_id) AS nth
                  FROM funnel_conversion WHERE adopted_at IS NOT NULL AND adopted_recorded_at <= :asOf) adoption
            WHERE adopted_at >= :start AND adopted_at < :end GROUP BY unit_id""";
    /** The measured benefit of a conversion is its latest report (12 months supersedes 3, a correction its report). */
    private static final String BENEFIT = """
            SELECT c.unit_id,
                   count(b.months) AS reported,
                   coalesce(sum(b.cny_saved_per_year), 0) AS cny,
                   coalesce(sum(b.incidents_avoided), 0) AS incidents,
                   coalesce(sum(b.hours_saved), 0) AS hours
            FROM funnel_conversion c
            LEFT JOIN LATERAL (SELECT * FROM funnel_benefit r
                               WHERE r.conversion_id = c.conversion_id AND r.recorded_at <= :asOf
                               ORDER BY r.months DESC, r.recorded_at DESC, r.event_id DESC LIMIT 1) b ON true
            WHERE c.adopted_at >= :start AND c.adopted_at < :end AND c.adopted_recorded_at <= :asOf
            GROUP BY c.unit_id""";

    private final JdbcClient jdbc;

    FunnelReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The funnel as it stood at {@code asOf} (null: now): only the facts recorded by then count. */
    Funnel funnel(Period period, String unitId, Instant asOf) {
        Map<String, Tally> units = new TreeMap<>();
        collect(SUBMITTED, period, asOf, units, (rs, t) -> t.submitted = rs.getLong("n"));
        collect(ACCEPTED, period, asOf, units, (rs, t) -> t.accepted = rs.getLong("n"));
        collect(AWARDED, period, asOf, units, (rs, t) -> t.awarded = rs.getLong("n"));
        collect(PATENTS_FILED, period, asOf, units, (rs, t) -> t.patentsFiled = rs.getLong("n"));
        collect(PATENTS_GRANTED, period, asOf, units, (rs, t) -> t.patentsGranted = rs.getLong("n"));
        collect(HANDED_OVER, period, asOf, units, (rs, t) -> t.handedOver = rs.getLong("n"));
        collect(ADOPTED, period, asOf, units, (rs, t) -> {
            t.adopted = rs.getLong("adopted");
            t.replicated = rs.getLong("replicated");
            t.secondsToAdoption = rs.getBigDecimal("seconds");
        });
        collect(BENEFIT, period, asOf, units, (rs, t) -> {
            t.adoptionsReported = rs.getLong("reported");
            t.cnySaved = rs.getBigDecimal("cny");
            t.incidentsAvoided = rs.getLong("incidents");
            t.hoursSaved = rs.getBigDecimal("hours");
        });
        if (unitId != null) {
            units.keySet().retainAll(List.of(unitId));
        }
        Tally total = new Tally();
        units.values().forEach(total::add);
        List<FunnelRow> rows = units.entrySet().stream().map(e -> e.getValue().row(e.getKey())).toList();
        return new Funnel(period.key(), rows, total.row(null));
    }

    private void collect(String sql, Period period, Instant asOf, Map<String, Tally> units, RowReader reader) {
        jdbc.sql(sql)
                .param("start", period.start().atOffset(ZoneOffset.UTC))
                .param("end", period.end().atOffset(ZoneOffset.UTC))
                .param("asOf", AsOf.bound(asOf))
                .query((rs, rowNum) -> {
                    reader.read(rs, units.computeIfAbsent(rs.getString("unit_id"), unit -> new Tally()));
                    return null;
                })
                .list();
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs, Tally tally) throws SQLException;
    }

    /** One unit's (or the total's) counts while they are being collected. */
    private static final class Tally {
        long submitted;
        long accepted;
        long awarded;
        long patentsFiled;
        long patentsGranted;
        long handedOver;
        long adopted;
        long replicated;
        BigDecimal secondsToAdoption = BigDecimal.ZERO;
        long adoptionsReported;
        BigDecimal cnySaved = BigDecimal.ZERO;
        long incidentsAvoided;
        BigDecimal hoursSaved = BigDecimal.ZERO;

        void add(Tally other) {
            submitted += other.submitted;
            accepted += other.accepted;
            awarded += other.awarded;
            patentsFiled += other.patentsFiled;
            patentsGranted += other.patentsGranted;
            handedOver += other.handedOver;
            adopted += other.adopted;
            replicated += other.replicated;
            secondsToAdoption = secondsToAdoption.add(other.secondsToAdoption);
            adoptionsReported += other.adoptionsReported;
            cnySaved = cnySaved.add(other.cnySaved);
            incidentsAvoided += other.incidentsAvoided;
            hoursSaved = hoursSaved.add(other.hoursSaved);
        }

        FunnelRow row(String unitId) {
            BigDecimal rate = awarded == 0 ? null
                    : BigDecimal.valueOf(adopted).divide(BigDecimal.valueOf(awarded), 4, RoundingMode.HALF_UP);
            BigDecimal days = adopted == 0 ? null
                    : secondsToAdoption.divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(adopted)), 1,
                    RoundingMode.HALF_UP);
            return new FunnelRow(unitId, submitted, accepted, awarded, patentsFiled, patentsGranted, handedOver,
                    adopted, replicated, rate, days, new MeasuredBenefit(adoptionsReported,
                    cnySaved.setScale(2, RoundingMode.HALF_UP), incidentsAvoided, hoursSaved.setScale(2, RoundingMode.HALF_UP)));
        }
    }
}
