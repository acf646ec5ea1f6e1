package com.wuxiao.query.conversion;

import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.query.conversion.api.BenefitReport;
import com.wuxiao.query.conversion.api.ConversionDetail;
import com.wuxiao.query.conversion.api.ConversionPage;
import com.wuxiao.query.conversion.api.ConversionScope;
import com.wuxiao.query.conversion.api.ConversionStatus;
import com.wuxiao.query.conversion.api.ConversionSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the conversion tables that {@link ConversionProjection} writes, limited to a reader's scope. */
@Component
class ConversionReadModel {

    /** The conversion with its latest benefit report (most months after adoption), columns prefixed b_. */
    private static final String FROM = """
             FROM conversion_case c
            LEFT JOIN LATERAL (
                SELECT r.months_after_adoption AS b_months, r.cny_saved_per_year AS b_cny,
                    r.safety_incidents_avoided AS b_incidents, r.hours_saved AS b_hours,
                    r.reported_by AS b_by, r.reported_at AS b_at
                FROM conversion_benefit_report r WHERE r.conversion_id = c.conversion_id
                ORDER BY r.months_after_adoption DESC LIMIT 1) b ON TRUE""";

    private static final String ORDER = " ORDER BY c.last_change DESC, c.conversion_id";

    private final JdbcClient jdbc;

    ConversionReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of a list (null matches all) and the reader's scope. */
    record Filter(ConversionStatus status, String resultUnitId, String receivingUnitId, String ownerId,
                  ConversionScope scope) {

        String where(Map<String, Object> params) {
            List<String> conditions = new ArrayList<>();
            if (status != null) {
                conditions.add("c.status = :status");
                params.put("status", status.name());
            }
            if (resultUnitId != null) {
                conditions.add("c.result_unit_id = :resultUnitId");
                params.put("resultUnitId", resultUnitId);
            }
            if (receivingUnitId != null) {
                conditions.add("c.receiving_unit_id = :receivingUnitId");
                params.put("receivingUnitId", receivingUnitId);
            }
            if (ownerId != null) {
                conditions.add("c.owner_id = :ownerId");
                params.put("ownerId", ownerId);
            }
            within(conditions, params, scope);
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    ConversionPage page(Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        long total = jdbc.sql("SELECT count(*) FROM conversion_case c" + where).params(params)
                .query(Long.class).single();
        List<ConversionSummary> items = total <= (long) page * size ? List.of()
                : jdbc.sql("SELECT c.*, b.*" + FROM + where + ORDER + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> summary(rs))
                .list();
        return new ConversionPage(items, page, size, total);
    }

    List<ConversionSummary> all(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        return jdbc.sql("SELECT c.*, b.*" + FROM + where + ORDER).params(params)
                .query((rs, n) -> summary(rs))
                .list();
    }

    Optional<ConversionDetail> detail(String conversionId, ConversionScope scope) {
        List<String> conditions = new ArrayList<>(List.of("c.conversion_id = :id"));
        Map<String, Object> params = new HashMap<>(Map.of("id", conversionId));
        within(conditions, params, scope);
        return jdbc.sql("SELECT c.*, b.*" + FROM + " WHERE " + String.join(" AND ", conditions)).params(params)
                .query((rs, n) -> detail(rs, reports(conversionId)))
                .optional();
    }

    private static void within(List<String> conditions, Map<String, Object> params, ConversionScope scope) {
        if (scope.all()) {
            return;
        }
        params.put("viewerId", scope.userId());
        if (scope.unitIds().isEmpty()) {
            conditions.add("c.owner_id = :viewerId");
        } else {
            conditions.add("(c.owner_id = :viewerId OR c.receiving_unit_id IN (:viewerUnits))");
            params.put("viewerUnits", List.copyOf(scope.unitIds()));
        }
    }

    private List<BenefitReport> reports(String conversionId) {
        return jdbc.sql("""
                        SELECT * FROM conversion_benefit_report WHERE conversion_id = :id
                        ORDER BY months_after_adoption""")
                .param("id", conversionId)
                .query((rs, n) -> new BenefitReport(rs.getInt("months_after_adoption"),
                        rs.getBigDecimal("cny_saved_per_year"), rs.getInt("safety_incidents_avoided"),
                        rs.getBigDecimal("hours_saved"), rs.getString("reported_by"), instant(rs, "reported_at")))
                .list();
    }

    private static ConversionSummary summary(ResultSet rs) throws SQLException {
        return new ConversionSummary(rs.getString("conversion_id"), rs.getString("proposal_id"), rs.getString("title"),
                rs.getString("result_unit_id"), rs.getString("receiving_unit_id"), rs.getString("owner_id"),
                planned(rs), date(rs, "trial_started_on"), date(rs, "trial_ended_on"),
                ConversionStatus.valueOf(rs.getString("status")), rs.getBoolean("replication"),
                instant(rs, "adopted_at"), rs.getString("declined_reason"), latestBenefit(rs), milestone(rs),
                date(rs, "overdue_due_on"), instant(rs, "last_change"));
    }

    private static ConversionDetail detail(ResultSet rs, List<BenefitReport> reports) throws SQLException {
        return new ConversionDetail(rs.getString("conversion_id"), rs.getString("proposal_id"), rs.getString("title"),
                rs.getString("result_unit_id"), rs.getString("receiving_unit_id"), rs.getString("owner_id"),
                planned(rs), instant(rs, "awarded_at"), rs.getString("handed_over_by"), instant(rs, "handed_over_at"),
                date(rs, "trial_started_on"), date(rs, "trial_ended_on"), rs.getString("trial_summary"),
                ConversionStatus.valueOf(rs.getString("status")), rs.getBoolean("replication"),
                rs.getString("decided_by"), instant(rs, "adopted_at"), instant(rs, "declined_at"),
                rs.getString("declined_reason"), latestBenefit(rs), reports, milestone(rs),
                date(rs, "overdue_due_on"), instant(rs, "last_change"));
    }

    private static PlannedMilestones planned(ResultSet rs) throws SQLException {
        return new PlannedMilestones(date(rs, "planned_trial_start"), date(rs, "planned_trial_end"),
                date(rs, "planned_adoption_decision"));
    }

    private static BenefitReport latestBenefit(ResultSet rs) throws SQLException {
        Integer months = rs.getObject("b_months", Integer.class);
        if (months == null) {
            return null;
        }
        return new BenefitReport(months, rs.getBigDecimal("b_cny"), rs.getInt("b_incidents"),
                rs.getBigDecimal("b_hours"), rs.getString("b_by"), instant(rs, "b_at"));
    }

    private static ConversionMilestone milestone(ResultSet rs) throws SQLException {
        String milestone = rs.getString("overdue_milestone");
        return milestone == null ? null : ConversionMilestone.valueOf(milestone);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
