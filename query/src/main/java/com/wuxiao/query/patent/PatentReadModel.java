package com.wuxiao.query.patent;

import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.query.patent.api.OfficeAction;
import com.wuxiao.query.patent.api.PatentCounts;
import com.wuxiao.query.patent.api.PatentDetail;
import com.wuxiao.query.patent.api.PatentPage;
import com.wuxiao.query.patent.api.PatentPipeline;
import com.wuxiao.query.patent.api.PatentStatus;
import com.wuxiao.query.patent.api.PatentSummary;
import com.wuxiao.query.patent.api.UnitPatentCounts;
import com.wuxiao.query.period.api.AsOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads of the patent tables that {@link PatentProjection} writes; no access rules here. */
@Component
class PatentReadModel {

    private static final String ORDER = " ORDER BY c.last_change DESC, c.patent_id";

    private final JdbcClient jdbc;

    PatentReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of a list; null matches all. */
    record Filter(PatentStatus status, String unitId, Integer year) {

        String where(Map<String, Object> params) {
            List<String> conditions = new ArrayList<>();
            if (status != null) {
                conditions.add("c.status = :status");
                params.put("status", status.name());
            }
            if (unitId != null) {
                conditions.add("c.unit_id = :unitId");
                params.put("unitId", unitId);
            }
            if (year != null) {
                conditions.add("c.competition_year = :year");
                params.put("year", year);
            }
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    PatentPage page(Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        long total = jdbc.sql("SELECT count(*) FROM patent_case c" + where).params(params).query(Long.class).single();
        List<PatentSummary> items = total <= (long) page * size ? List.of()
                : jdbc.sql("SELECT c.* FROM patent_case c" + where + ORDER + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> summary(rs))
                .list();
        return new PatentPage(items, page, size, total);
    }

    List<PatentSummary> all(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        return jdbc.sql("SELECT c.* FROM patent_case c" + where + ORDER).params(params)
                .query((rs, n) -> summary(rs))
                .list();
    }

    Optional<PatentDetail> detail(String patentId) {
        return jdbc.sql("SELECT * FROM patent_case WHERE patent_id = :id").param("id", patentId)
                .query((rs, n) -> detail(rs, officeActions(patentId)))
                .optional();
    }

    /** Cases per status and unit as they stood at {@code asOf} (null: now), from each case's status history. */
    PatentPipeline pipeline(Integer year, Instant asOf) {
        Map<String, Map<PatentStatus, Long>> perUnit = new TreeMap<>();
        Map<String, Long> overduePerUnit = new HashMap<>();
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", AsOf.bound(asOf));
        if (year != null) {
            params.put("year", year);
        }
        jdbc.sql("""
                        SELECT c.unit_id, h.status, count(*) AS cases,
                            count(*) FILTER (WHERE h.overdue_step IS NOT NULL) AS overdue
                        FROM patent_case c
                        JOIN LATERAL (SELECT s.status, s.overdue_step FROM patent_status_history s
                                      WHERE s.patent_id = c.patent_id AND s.recorded_at <= :asOf
                                      ORDER BY s.seq DESC LIMIT 1) h ON true""" + (year == null ? "" : " WHERE c.competition_year = :year") + """

                        GROUP BY c.unit_id, h.status""")
                .params(params)
                .query(rs -> {
                    String unit = rs.getString("unit_id");
                    perUnit.computeIfAbsent(unit, u -> new EnumMap<>(PatentStatus.class))
                            .put(PatentStatus.valueOf(rs.getString("status")), rs.getLong("cases"));
                    overduePerUnit.merge(unit, rs.getLong("overdue"), Long::sum);
                });
        Map<PatentStatus, Long> all = new EnumMap<>(PatentStatus.class);
        List<UnitPatentCounts> units = new ArrayList<>();
        perUnit.forEach((unit, counts) -> {
            counts.forEach((status, n) -> all.merge(status, n, Long::sum));
            units.add(new UnitPatentCounts(unit, counts(counts, overduePerUnit.get(unit))));
        });
        long overdue = overduePerUnit.values().stream().mapToLong(Long::longValue).sum();
        return new PatentPipeline(year, counts(all, overdue), units);
    }

    private static PatentCounts counts(Map<PatentStatus, Long> perStatus, long overdue) {
        long total = perStatus.values().stream().mapToLong(Long::longValue).sum();
        return new PatentCounts(perStatus.getOrDefault(PatentStatus.NOMINATED, 0L),
                perStatus.getOrDefault(PatentStatus.PREPARED, 0L), perStatus.getOrDefault(PatentStatus.FILED, 0L),
                perStatus.getOrDefault(PatentStatus.GRANTED, 0L), perStatus.getOrDefault(PatentStatus.REJECTED, 0L),
                perStatus.getOrDefault(PatentStatus.ABANDONED, 0L), total, overdue);
    }

    private List<OfficeAction> officeActions(String patentId) {
        return jdbc.sql("SELECT * FROM patent_office_action WHERE patent_id = :id ORDER BY sequence")
                .param("id", patentId)
                .query((rs, n) -> new OfficeAction(rs.getInt("sequence"), date(rs, "issued_on"),
                        date(rs, "response_due"), rs.getString("summary"), rs.getString("recorded_by"),
                        instant(rs, "recorded_at"), date(rs, "answered_on"), rs.getString("answer_note"),
                        rs.getString("answered_by"), instant(rs, "answered_at")))
                .list();
    }

    private static PatentSummary summary(ResultSet rs) throws SQLException {
        return new PatentSummary(rs.getString("patent_id"), rs.getString("proposal_id"), rs.getString("title"),
                rs.getString("unit_id"), rs.getInt("competition_year"), PatentType.valueOf(rs.getString("type")),
                PatentStatus.valueOf(rs.getString("status")), instant(rs, "nominated_at"), instant(rs, "prepared_at"),
                rs.getString("application_number"), date(rs, "filed_on"), instant(rs, "filed_recorded_at"),
                rs.getString("patent_number"), date(rs, "granted_on"), rs.getString("ended_reason"),
                rs.getObject("open_office_action", Integer.class), date(rs, "open_response_due"),
                rs.getInt("office_action_count"), step(rs), instant(rs, "overdue_due_at"), instant(rs, "last_change"));
    }

    private static PatentDetail detail(ResultSet rs, List<OfficeAction> officeActions) throws SQLException {
        return new PatentDetail(rs.getString("patent_id"), rs.getString("proposal_id"), rs.getString("title"),
                rs.getString("unit_id"), rs.getInt("competition_year"), PatentType.valueOf(rs.getString("type")),
                PatentStatus.valueOf(rs.getString("status")), instant(rs, "awarded_at"), rs.getString("nominated_by"),
                instant(rs, "nominated_at"), rs.getString("agency"), rs.getString("prepared_by"),
                instant(rs, "prepared_at"), rs.getString("application_number"), date(rs, "filed_on"),
                instant(rs, "filed_recorded_at"), rs.getString("patent_number"), date(rs, "granted_on"),
                date(rs, "rejected_on"), rs.getString("ended_reason"), instant(rs, "ended_at"),
                rs.getObject("open_office_action", Integer.class), date(rs, "open_response_due"),
                rs.getInt("office_action_count"), step(rs), instant(rs, "overdue_due_at"), instant(rs, "last_change"),
                officeActions);
    }

    private static PatentStep step(ResultSet rs) throws SQLException {
        String step = rs.getString("overdue_step");
        return step == null ? null : PatentStep.valueOf(step);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
