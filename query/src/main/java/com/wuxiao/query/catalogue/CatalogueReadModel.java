package com.wuxiao.query.catalogue;

import com.wuxiao.query.catalogue.api.CatalogueEntry;
import com.wuxiao.query.catalogue.api.CataloguePage;
import com.wuxiao.query.catalogue.api.CatalogueResult;
import com.wuxiao.query.catalogue.api.SearchCatalogueQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The results catalogue over the read models of proposals (awarded ones), patents and conversions,
 * with the adopters' feedback: nothing of its own to keep in step, so it can never disagree with them.
 */
@Component
class CatalogueReadModel {

    static final int SUMMARY_LENGTH = 120;

    /** A conversion's measured benefit is its latest report (the 12-month one once made). */
    private static final String LATEST_REPORT = """
            SELECT DISTINCT ON (r.conversion_id) r.* FROM conversion_benefit_report r
            ORDER BY r.conversion_id, r.months_after_adoption DESC""";
    private static final String ENTRY = """
            SELECT p.id, p.title, p.type, p.category_code, p.unit_id, p.competition_year, p.round_id, p.grade,
                   p.final_score, left(p.solution, %d) AS summary,
                   (SELECT count(*) FROM patent_case pc WHERE pc.proposal_id = p.id) AS patents,
                   (SELECT count(*) FROM patent_case pc WHERE pc.proposal_id = p.id AND pc.status = 'GRANTED')
                       AS granted_patents,
                   (SELECT count(*) FROM conversion_case c WHERE c.proposal_id = p.id AND c.status = 'ADOPTED')
                       AS adoptions,
                   (SELECT sum(r.cny_saved_per_year) FROM (%s) r JOIN conversion_case c
                       ON c.conversion_id = r.conversion_id WHERE c.proposal_id = p.id) AS cny_saved
            FROM proposal_view p""".formatted(SUMMARY_LENGTH, LATEST_REPORT);
    private static final String FILTER = " " + """
             WHERE p.status = 'AWARDED'
               AND (CAST(:category AS TEXT) IS NULL OR p.category_code = :category)
               AND (CAST(:type AS TEXT) IS NULL OR p.type = :type)
               AND (CAST(:unit AS TEXT) IS NULL OR p.unit_id = :unit)
               AND (CAST(:year AS INTEGER) IS NULL OR p.competition_year = :year)
               AND (CAST(:text AS TEXT) IS NULL OR p.title ILIKE :text ESCAPE '\\' OR p.problem ILIKE :text ESCAPE '\\'
                    OR p.solution ILIKE :text ESCAPE '\\')""";

    private final JdbcClient jdbc;

    CatalogueReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CataloguePage search(SearchCatalogueQuery query) {
        List<CatalogueEntry> items = filtered(ENTRY + FILTER
                + " ORDER BY p.competition_year DESC, p.round_id DESC, p.final_score DESC, p.id"
                + " LIMIT :size OFFSET :offset", query)
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, n) -> entry(rs)).list();
        long total = filtered("SELECT count(*) FROM proposal_view p" + FILTER, query).query(Long.class).single();
        return new CataloguePage(items, query.page(), query.size(), total);
    }

    private JdbcClient.StatementSpec filtered(String sql, SearchCatalogueQuery query) {
        return jdbc.sql(sql).param("category", query.categoryCode())
                .param("type", query.type() == null ? null : query.type().name())
                .param("unit", query.unitId()).param("year", query.year())
                .param("text", query.text() == null ? null : "%" + likeEscaped(query.text()) + "%");
    }

    Optional<CatalogueResult> result(String proposalId) {
        return jdbc.sql(ENTRY + " WHERE p.id = :id AND p.status = 'AWARDED'").param("id", proposalId)
                .query((rs, n) -> entry(rs))
                .optional()
                .map(this::withDetails);
    }

    private CatalogueResult withDetails(CatalogueEntry entry) {
        String id = entry.proposalId();
        CatalogueResult texts = jdbc.sql("""
                        SELECT problem, solution, expected_economic_benefit, expected_safety_benefit
                        FROM proposal_view WHERE id = :id""").param("id", id)
                .query((rs, n) -> new CatalogueResult(entry, rs.getString("problem"), rs.getString("solution"),
                        rs.getBigDecimal("expected_economic_benefit"), rs.getString("expected_safety_benefit"),
                        List.of(), List.of(), List.of(), List.of(), List.of()))
                .single();
        List<String> authors = jdbc.sql("""
                        SELECT worker_id FROM proposal_author_view WHERE proposal_id = :id ORDER BY position""")
                .param("id", id).query(String.class).list();
        List<CatalogueResult.Attachment> files = jdbc.sql("""
                        SELECT attachment_id, name, media_type, size FROM proposal_attachment_view
                        WHERE proposal_id = :id ORDER BY seq, position""").param("id", id)
                .query((rs, n) -> new CatalogueResult.Attachment(rs.getString("attachment_id"), rs.getString("name"),
                        rs.getString("media_type"), rs.getLong("size")))
                .list();
        List<CatalogueResult.Patent> patents = jdbc.sql("""
                        SELECT patent_id, type, status, coalesce(patent_number, application_number) AS number, granted_on
                        FROM patent_case WHERE proposal_id = :id ORDER BY nominated_at""").param("id", id)
                .query((rs, n) -> new CatalogueResult.Patent(rs.getString("patent_id"), rs.getString("type"),
                        rs.getString("status"), rs.getString("number"), rs.getObject("granted_on", LocalDate.class)))
                .list();
        List<CatalogueResult.Adoption> conversions = jdbc.sql("""
                        SELECT c.conversion_id, c.receiving_unit_id, c.status, c.adopted_at, r.cny_saved_per_year,
                               r.safety_incidents_avoided, r.hours_saved
                        FROM conversion_case c LEFT JOIN (%s) r ON r.conversion_id = c.conversion_id
                        WHERE c.proposal_id = :id ORDER BY c.handed_over_at, c.conversion_id""".formatted(LATEST_REPORT))
                .param("id", id)
                .query((rs, n) -> new CatalogueResult.Adoption(rs.getString("conversion_id"),
                        rs.getString("receiving_unit_id"), rs.getString("status"), instant(rs, "adopted_at"),
                        rs.getBigDecimal("cny_saved_per_year"), rs.getObject("safety_incidents_avoided", Integer.class),
                        rs.getBigDecimal("hours_saved")))
                .list();
        List<CatalogueResult.Feedback> feedback = jdbc.sql("""
                        SELECT receiving_unit_id, worked, changed, given_by, given_at FROM adoption_feedback_view
                        WHERE proposal_id = :id ORDER BY given_at, event_id""").param("id", id)
                .query((rs, n) -> new CatalogueResult.Feedback(rs.getString("receiving_unit_id"), rs.getString("worked"),
                        rs.getString("changed"), rs.getString("given_by"), instant(rs, "given_at")))
                .list();
        return new CatalogueResult(entry, texts.problem(), texts.solution(), texts.expectedEconomicBenefit(),
                texts.expectedSafetyBenefit(), authors, files, patents, conversions, feedback);
    }

    private static CatalogueEntry entry(ResultSet rs) throws SQLException {
        return new CatalogueEntry(rs.getString("id"), rs.getString("title"), rs.getString("type"),
                rs.getString("category_code"), rs.getString("unit_id"), rs.getInt("competition_year"),
                rs.getString("round_id"), rs.getString("grade"), rs.getBigDecimal("final_score"),
                rs.getString("summary"), rs.getInt("patents"), rs.getInt("granted_patents"), rs.getInt("adoptions"),
                rs.getBigDecimal("cny_saved"));
    }

    /** The text as a LIKE pattern's literal part: its own %, _ and \ match themselves. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
