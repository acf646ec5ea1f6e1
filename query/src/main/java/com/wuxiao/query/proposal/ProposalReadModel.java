package com.wuxiao.query.proposal;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.query.period.api.AsOf;
import com.wuxiao.query.proposal.api.DuplicateCandidate;
import com.wuxiao.query.proposal.api.FindProposalsQuery;
import com.wuxiao.query.proposal.api.ProposalDetail;
import com.wuxiao.query.proposal.api.ProposalHistoryAction;
import com.wuxiao.query.proposal.api.ProposalHistoryEntry;
import com.wuxiao.query.proposal.api.ProposalPage;
import com.wuxiao.query.proposal.api.ProposalScope;
import com.wuxiao.query.proposal.api.ProposalSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the proposal tables that {@link ProposalProjection} writes. */
@Component
class ProposalReadModel {

    private static final String SUMMARY_COLUMNS = """
            p.id, p.title, p.type, p.category_code, p.unit_id, p.submitter_id, p.competition_year,
            p.declaration_month, p.status, p.revision, COALESCE(p.escalated_revision = p.revision, FALSE) AS escalated,
            p.grade, p.round_id, p.submitted_at, p.updated_at""";

    private final JdbcClient jdbc;

    ProposalReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ProposalPage find(FindProposalsQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filter(conditions, params, "p.unit_id = :unitId", "unitId", query.unitId());
        filter(conditions, params, "p.competition_year = :year", "year", query.year());
        filter(conditions, params, "p.declaration_month = :month", "month", query.month());
        filter(conditions, params, "p.status = :status", "status",
                query.status() == null ? null : query.status().name());
        filter(conditions, params, "p.type = :type", "type", query.type() == null ? null : query.type().name());
        filter(conditions, params, "p.category_code = :categoryCode", "categoryCode", query.categoryCode());
        filter(conditions, params, """
                EXISTS (SELECT 1 FROM proposal_author_view a WHERE a.proposal_id = p.id AND a.worker_id = :authorId)""",
                "authorId", query.authorId());
        within(conditions, params, query.scope());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        long total = jdbc.sql("SELECT count(*) FROM proposal_view p" + where)
                .params(params).query(Long.class).single();
        List<ProposalSummary> items = total <= (long) query.page() * query.size() ? List.of()
                : jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM proposal_view p" + where
                           + " ORDER BY p.submitted_at DESC, p.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> summary(rs))
                .list();
        return new ProposalPage(items, query.page(), query.size(), total);
    }

    /**
     * The proposal without its duplicate candidates, which the caller computes; empty also when it
     * lies outside {@code scope}.
     */
    Optional<ProposalDetail> detail(String proposalId, ProposalScope scope) {
        return detail(proposalId, scope, null);
    }

    /**
     * As of an instant (null: now): its status, revision, grade and history as they stood then, from the
     * history recorded by then; its texts as last revised. Empty if it was not declared by then.
     */
    Optional<ProposalDetail> detail(String proposalId, ProposalScope scope, Instant asOf) {
        List<String> conditions = new ArrayList<>(List.of("p.id = :id"));
        Map<String, Object> params = new HashMap<>(Map.of("id", proposalId));
        within(conditions, params, scope);
        Optional<ProposalDetail> row = jdbc.sql("""
                        SELECT p.*, COALESCE(p.escalated_revision = p.revision, FALSE) AS escalated
                        FROM proposal_view p""" + " WHERE " + String.join(" AND ", conditions))
                .params(params)
                .query((rs, n) -> detail(rs))
                .optional();
        return row.map(d -> withAuthorsAndHistory(d, asOf)).filter(d -> asOf == null || !d.history().isEmpty())
                .map(d -> asOf == null ? d : asItStood(d));
    }

    /** The proposal as its history up to an instant leaves it. */
    private static ProposalDetail asItStood(ProposalDetail d) {
        ProposalHistoryEntry last = d.history().get(d.history().size() - 1);
        ProposalHistoryEntry appraised = null;
        boolean escalated = false;
        for (ProposalHistoryEntry entry : d.history()) {
            if (entry.action() == ProposalHistoryAction.APPRAISED) {
                appraised = entry;
            }
            if (entry.action() == ProposalHistoryAction.ESCALATED) {
                escalated = entry.revision() == last.revision();
            }
        }
        return new ProposalDetail(d.id(), d.title(), d.type(), d.categoryCode(), d.unitId(), d.submitterId(),
                d.mentorId(), d.competitionYear(), d.declarationMonth(), last.status(), last.revision(), escalated,
                appraised == null ? null : d.grade(), appraised == null ? null : d.roundId(), d.problem(),
                d.solution(), d.expectedEconomicBenefit(), d.expectedSafetyBenefit(), d.materialCost(),
                d.submittedAt(), last.occurredAt(), d.authors(), d.history(), d.duplicateCandidates(), d.attachments());
    }

    /** Whether the proposal exists and lies inside {@code scope}: the rule of {@link #detail}, without the reading. */
    boolean readable(String proposalId, ProposalScope scope) {
        List<String> conditions = new ArrayList<>(List.of("p.id = :id"));
        Map<String, Object> params = new HashMap<>(Map.of("id", proposalId));
        within(conditions, params, scope);
        return jdbc.sql("SELECT count(*) FROM proposal_view p WHERE " + String.join(" AND ", conditions))
                .params(params).query(Long.class).single() > 0;
    }

    /**
     * Candidates for duplicate detection: the latest {@code limit} non-withdrawn proposals submitted
     * before {@code before}, other than {@code excludedId} (may be null).
     */
    List<EarlierProposal> earlier(String excludedId, Instant before, int limit) {
        return jdbc.sql("""
                        SELECT id, title, problem, solution FROM proposal_view
                        WHERE submitted_at < :before AND id <> :excluded AND status <> :withdrawn
                        ORDER BY submitted_at DESC, id DESC LIMIT :limit""")
                .param("before", ProposalProjection.timestamp(before))
                .param("excluded", excludedId == null ? "" : excludedId)
                .param("withdrawn", ProposalStatus.WITHDRAWN.name())
                .param("limit", limit)
                .query((rs, n) -> new EarlierProposal(rs.getString("id"), rs.getString("title"),
                        rs.getString("problem"), rs.getString("solution")))
                .list();
    }

    private ProposalDetail withAuthorsAndHistory(ProposalDetail d, Instant asOf) {
        List<Author> authors = jdbc.sql("""
                        SELECT worker_id, share FROM proposal_author_view WHERE proposal_id = :id ORDER BY position""")
                .param("id", d.id())
                .query((rs, n) -> new Author(rs.getString("worker_id"), rs.getInt("share")))
                .list();
        List<ProposalHistoryEntry> history = jdbc.sql("""
                        SELECT seq, action, status, actor_id, revision, comment, reason, occurred_at
                        FROM proposal_history_view WHERE proposal_id = :id AND recorded_at <= :asOf ORDER BY seq""")
                .param("id", d.id())
                .param("asOf", AsOf.bound(asOf))
                .query((rs, n) -> new ProposalHistoryEntry(rs.getLong("seq"),
                        ProposalHistoryAction.valueOf(rs.getString("action")),
                        ProposalStatus.valueOf(rs.getString("status")), rs.getString("actor_id"),
                        rs.getInt("revision"), rs.getString("comment"), rs.getString("reason"),
                        instant(rs, "occurred_at")))
                .list();
        List<AttachmentRef> attachments = jdbc.sql("""
                        SELECT attachment_id, name, media_type, size, sha256 FROM proposal_attachment_view
                        WHERE proposal_id = :id ORDER BY seq, position""")
                .param("id", d.id())
                .query((rs, n) -> new AttachmentRef(rs.getString("attachment_id"), rs.getString("name"),
                        rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256")))
                .list();
        return withLists(d, authors, history, List.of(), attachments);
    }

    static ProposalDetail withLists(ProposalDetail d, List<Author> authors, List<ProposalHistoryEntry> history,
                                    List<DuplicateCandidate> duplicates) {
        return withLists(d, authors, history, duplicates, d.attachments());
    }

    private static ProposalDetail withLists(ProposalDetail d, List<Author> authors, List<ProposalHistoryEntry> history,
                                            List<DuplicateCandidate> duplicates, List<AttachmentRef> attachments) {
        return new ProposalDetail(d.id(), d.title(), d.type(), d.categoryCode(), d.unitId(), d.submitterId(),
                d.mentorId(), d.competitionYear(), d.declarationMonth(), d.status(), d.revision(), d.escalated(),
                d.grade(), d.roundId(), d.problem(), d.solution(), d.expectedEconomicBenefit(),
                d.expectedSafetyBenefit(), d.materialCost(), d.submittedAt(), d.updatedAt(), authors, history, duplicates,
                attachments);
    }

    private static void filter(List<String> conditions, Map<String, Object> params, String condition, String name,
                               Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    /**
     * Narrows the rows (alias {@code p}) to a limited scope: the scope's units, or the reader is an
     * author or the mentor. The submitter stays an author through every revision, so is covered.
     */
    private static void within(List<String> conditions, Map<String, Object> params, ProposalScope scope) {
        if (scope.all()) {
            return;
        }
        params.put("viewerId", scope.userId());
        String own = """
                p.mentor_id = :viewerId
                OR EXISTS (SELECT 1 FROM proposal_author_view va WHERE va.proposal_id = p.id AND va.worker_id = :viewerId)"""
                + (scope.awardedResults() ? " OR p.status = 'AWARDED'" : "");
        if (scope.unitIds().isEmpty()) {
            // An empty IN () is not valid SQL.
            conditions.add("(" + own + ")");
        } else {
            params.put("viewerUnits", List.copyOf(scope.unitIds()));
            conditions.add("(p.unit_id IN (:viewerUnits) OR " + own + ")");
        }
    }

    private static ProposalSummary summary(ResultSet rs) throws SQLException {
        return new ProposalSummary(rs.getString("id"), rs.getString("title"),
                ProposalType.valueOf(rs.getString("type")), rs.getString("category_code"), rs.getString("unit_id"),
                rs.getString("submitter_id"), rs.getInt("competition_year"), rs.getInt("declaration_month"),
                ProposalStatus.valueOf(rs.getString("status")), rs.getInt("revision"), rs.getBoolean("escalated"),
                grade(rs), rs.getString("round_id"), instant(rs, "submitted_at"), instant(rs, "updated_at"));
    }

    private static ProposalDetail detail(ResultSet rs) throws SQLException {
        return new ProposalDetail(rs.getString("id"), rs.getString("title"),
                ProposalType.valueOf(rs.getString("type")), rs.getString("category_code"), rs.getString("unit_id"),
                rs.getString("submitter_id"), rs.getString("mentor_id"), rs.getInt("competition_year"),
                rs.getInt("declaration_month"), ProposalStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"), rs.getBoolean("escalated"), grade(rs), rs.getString("round_id"),
                rs.getString("problem"), rs.getString("solution"),
                rs.getBigDecimal("expected_economic_benefit"), rs.getString("expected_safety_benefit"),
                rs.getBigDecimal("material_cost"), instant(rs, "submitted_at"), instant(rs, "updated_at"),
                List.of(), List.of(), List.of());
    }

    private static Grade grade(ResultSet rs) throws SQLException {
        String grade = rs.getString("grade");
        return grade == null ? null : Grade.valueOf(grade);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
