package com.wuxiao.query.fund;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.query.fund.api.FindFundClaimsQuery;
import com.wuxiao.query.fund.api.FundClaimDetail;
import com.wuxiao.query.fund.api.FundClaimPage;
import com.wuxiao.query.fund.api.FundClaimRow;
import com.wuxiao.query.fund.api.FundClaimStatus;
import com.wuxiao.query.fund.api.FundOverview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the fund's budgets and claims. */
@Component
class FundReadModel {

    private static final String FILTER = " " + """
            WHERE (CAST(:year AS INTEGER) IS NULL OR year = :year)
              AND (CAST(:status AS TEXT) IS NULL OR status = :status)
              AND (CAST(:claimant AS TEXT) IS NULL OR claimant_id = :claimant)""";
    private static final TypeReference<List<ClaimItem>> ITEMS = new TypeReference<>() { };
    private static final TypeReference<List<AttachmentRef>> RECEIPTS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FundReadModel(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    FundOverview overview(int year) {
        Long budget = jdbc.sql("SELECT budget_fen FROM fund_budget_view WHERE year = :year").param("year", year)
                .query(Long.class).optional().orElse(null);
        record Totals(long booked, long pending, int pendingClaims, int approvedClaims, int refusedClaims) {
        }
        Totals totals = jdbc.sql("""
                        SELECT coalesce(sum(approved_fen) FILTER (WHERE status = 'APPROVED'), 0) AS booked,
                               coalesce(sum(total_fen) FILTER (WHERE status = 'PENDING'), 0) AS pending,
                               count(*) FILTER (WHERE status = 'PENDING') AS pending_claims,
                               count(*) FILTER (WHERE status = 'APPROVED') AS approved_claims,
                               count(*) FILTER (WHERE status = 'REFUSED') AS refused_claims
                        FROM fund_claim_view WHERE year = :year""").param("year", year)
                .query((rs, n) -> new Totals(rs.getLong("booked"), rs.getLong("pending"), rs.getInt("pending_claims"),
                        rs.getInt("approved_claims"), rs.getInt("refused_claims")))
                .single();
        return new FundOverview(year, budget, totals.booked(), budget == null ? 0 : budget - totals.booked(),
                totals.pending(), totals.pendingClaims(), totals.approvedClaims(), totals.refusedClaims(),
                slices("unit_id", year), slices("category_code", year));
    }

    private List<FundOverview.FundSlice> slices(String column, int year) {
        return jdbc.sql("SELECT " + column + " AS key, sum(approved_fen) AS booked, count(*) AS claims"
                        + " FROM fund_claim_view WHERE year = :year AND status = 'APPROVED'"
                        + " GROUP BY " + column + " ORDER BY booked DESC, key")
                .param("year", year)
                .query((rs, n) -> new FundOverview.FundSlice(rs.getString("key"), rs.getLong("booked"),
                        rs.getInt("claims")))
                .list();
    }

    FundClaimPage page(FindFundClaimsQuery query) {
        String status = query.status() == null ? null : query.status().name();
        List<FundClaimRow> items = jdbc.sql("SELECT * FROM fund_claim_view" + FILTER
                        + " ORDER BY (status = 'PENDING') DESC, submitted_at DESC, claim_id LIMIT :size OFFSET :offset")
                .param("year", query.year()).param("status", status).param("claimant", query.claimantId())
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, n) -> row(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM fund_claim_view" + FILTER)
                .param("year", query.year()).param("status", status).param("claimant", query.claimantId())
                .query(Long.class).single();
        return new FundClaimPage(items, query.page(), query.size(), total);
    }

    /** Every claim of the year, oldest first: the export's rows. */
    List<FundClaimRow> all(int year) {
        return jdbc.sql("SELECT * FROM fund_claim_view WHERE year = :year ORDER BY submitted_at, claim_id")
                .param("year", year).query((rs, n) -> row(rs)).list();
    }

    Optional<FundClaimDetail> detail(String claimId) {
        return jdbc.sql("SELECT *, items::text AS items_text, receipts::text AS receipts_text FROM fund_claim_view"
                        + " WHERE claim_id = :id")
                .param("id", claimId)
                .query((rs, n) -> new FundClaimDetail(row(rs), read(rs.getString("items_text"), ITEMS),
                        read(rs.getString("receipts_text"), RECEIPTS)))
                .optional();
    }

    private static FundClaimRow row(ResultSet rs) throws SQLException {
        return new FundClaimRow(rs.getString("claim_id"), rs.getInt("year"), rs.getString("proposal_id"),
                rs.getString("title"), rs.getString("unit_id"), rs.getString("category_code"),
                rs.getString("claimant_id"), rs.getLong("total_fen"), FundClaimStatus.valueOf(rs.getString("status")),
                instant(rs, "submitted_at"), rs.getObject("approved_fen", Long.class), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("decision_note"), rs.getTimestamp("overdue_at") != null);
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable fund claim column: " + text, e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
