package com.wuxiao.query.commendation;

import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.command.commendation.api.UnitStanding;
import com.wuxiao.command.commendation.api.WorkerStanding;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.query.commendation.api.CommendationDetail;
import com.wuxiao.query.commendation.api.CommendationStandings;
import com.wuxiao.query.commendation.api.Recommendation;
import com.wuxiao.query.period.api.AsOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the commendation tables (and, for the standings, the points ledger); no access rules here. */
@Component
class CommendationReadModel {

    /** Yearly points of every worker with any, counted for the unit of their latest entry. */
    private static final String WORKERS = """
            SELECT l.worker_id,
                (array_agg(l.unit_id ORDER BY l.occurred_at DESC, l.event_id DESC)
                    FILTER (WHERE l.unit_id IS NOT NULL))[1] AS unit_id,
                sum(l.points) AS points
            FROM points_ledger l WHERE l.year_key = :yearKey AND l.points IS NOT NULL AND l.recorded_at <= :asOf
            GROUP BY l.worker_id HAVING sum(l.points) > 0
            ORDER BY l.worker_id""";

    /**
     * Every unit with a headcount or any activity in the year, as recorded by :asOf; the headcounts of
     * the year's latest set by then.
     */
    private static final String UNITS = """
            WITH headcounts AS (
                SELECT h.unit_id, h.headcount FROM commendation_headcount h
                WHERE h.year = :year AND h.recorded_at = (SELECT max(l.recorded_at) FROM commendation_headcount l
                                                          WHERE l.year = :year AND l.recorded_at <= :asOf)),
            submissions AS (SELECT * FROM commendation_submission WHERE competition_year = :year AND recorded_at <= :asOf),
            awards AS (SELECT * FROM commendation_award WHERE year = :year AND recorded_at <= :asOf),
            adoptions AS (SELECT * FROM commendation_adoption WHERE year = :year AND recorded_at <= :asOf),
            units AS (
                SELECT unit_id FROM headcounts
                UNION SELECT unit_id FROM submissions
                UNION SELECT unit_id FROM awards
                UNION SELECT unit_id FROM adoptions)
            SELECT u.unit_id,
                COALESCE((SELECT h.headcount FROM headcounts h WHERE h.unit_id = u.unit_id), 0) AS headcount,
                (SELECT count(DISTINCT s.submitter_id) FROM submissions s WHERE s.unit_id = u.unit_id) AS submitters,
                (SELECT count(DISTINCT a.proposal_id) FROM awards a WHERE a.unit_id = u.unit_id) AS awards,
                (SELECT count(*) FROM adoptions d WHERE d.unit_id = u.unit_id) AS adoptions
            FROM units u ORDER BY u.unit_id""";

    private final JdbcClient jdbc;

    CommendationReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's standings as they stood at {@code asOf} (null: now). */
    CommendationStandings standings(int year, Instant asOf) {
        List<WorkerStanding> workers = jdbc.sql(WORKERS).param("yearKey", String.valueOf(year))
                .param("asOf", AsOf.bound(asOf))
                .query((rs, n) -> new WorkerStanding(rs.getString("worker_id"), rs.getString("unit_id"),
                        rs.getBigDecimal("points")))
                .list();
        List<UnitStanding> units = jdbc.sql(UNITS).param("year", year).param("asOf", AsOf.bound(asOf))
                .query((rs, n) -> new UnitStanding(rs.getString("unit_id"), rs.getInt("headcount"),
                        rs.getInt("submitters"), rs.getInt("awards"), rs.getInt("adoptions")))
                .list();
        return new CommendationStandings(year, workers, units);
    }

    Optional<CommendationDetail> detail(int year) {
        Optional<Map<String, Object>> view = jdbc.sql("SELECT * FROM commendation_view WHERE year = :year")
                .param("year", year).query().listOfRows().stream().findFirst();
        List<Recommendation> recommendations = jdbc.sql("""
                        SELECT * FROM commendation_recommendation WHERE year = :year
                        ORDER BY recommended_at, proposal_id""")
                .param("year", year)
                .query((rs, n) -> new Recommendation(rs.getString("proposal_id"), rs.getString("title"),
                        rs.getString("unit_id"), Grade.valueOf(rs.getString("grade")), rs.getString("note"),
                        rs.getString("recommended_by"), instant(rs.getObject("recommended_at", OffsetDateTime.class))))
                .list();
        if (view.isEmpty() && recommendations.isEmpty()) {
            return Optional.empty();
        }
        List<CommendedWorker> workers = jdbc.sql("SELECT * FROM commendation_worker WHERE year = :year ORDER BY position")
                .param("year", year)
                .query((rs, n) -> new CommendedWorker(rs.getInt("rank"), rs.getString("worker_id"),
                        rs.getString("unit_id"), rs.getBigDecimal("points")))
                .list();
        List<UnitScore> units = jdbc.sql("SELECT * FROM commendation_unit WHERE year = :year ORDER BY position")
                .param("year", year)
                .query((rs, n) -> new UnitScore(rs.getInt("rank"), rs.getString("unit_id"),
                        rs.getBigDecimal("participation_rate"), rs.getBigDecimal("awards_per_100"),
                        rs.getInt("adoptions"), rs.getBigDecimal("composite"), rs.getBoolean("commended")))
                .list();
        Map<String, Object> v = view.orElse(Map.of());
        return Optional.of(new CommendationDetail(year, (String) v.get("status"), (String) v.get("drafted_by"),
                instant(v.get("drafted_at")), (String) v.get("confirmed_by"), instant(v.get("confirmed_at")),
                workers, units, recommendations));
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return null;
    }
}
