package com.wuxiao.query.proposal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Writes the duplicate candidates of each proposal into proposal_duplicate_view: worked out once when
 * a proposal is declared or revised ({@link ProposalProjection} calls {@link #refresh}), so the
 * proposal's page and the screening form read them ({@link ProposalReadModel#duplicates}) without a scan.
 * <p>
 * A row says that a proposal resembles an earlier one, with both as they read now: a revision of
 * either changes their similarity, so a refresh recomputes the proposal's rows with earlier proposals
 * and those of later proposals with it. That makes the table independent of the order in which the
 * projection's segments apply the events: a replay ends with the same rows. Like the scan it
 * replaces, each direction looks at the {@value #SCAN_LIMIT} nearest proposals.
 */
final class ProposalDuplicates {

    /** Same reach as the duplicate check of a draft. */
    static final int SCAN_LIMIT = ProposalQueries.DUPLICATE_SCAN_LIMIT;
    /**
     * Key of the transaction-scoped advisory lock that serialises refreshes. Segments of the projection
     * run in parallel: two proposals declared at once would each miss the other's uncommitted row,
     * and their pair would be lost. Under the lock the later refresh sees the earlier one's commit.
     */
    private static final long REFRESH_LOCK = 0x5778_4450_5246_5348L;

    private final JdbcClient jdbc;

    ProposalDuplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the rows of {@code proposalId} from proposal_view; idempotent, so a redelivery changes nothing. */
    void refresh(String proposalId) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)").param("key", REFRESH_LOCK).query(Integer.class).single();
        Optional<Own> found = jdbc.sql("SELECT title, problem, solution, submitted_at FROM proposal_view WHERE id = :id")
                .param("id", proposalId)
                .query((rs, n) -> new Own(rs.getString("title"),
                        DuplicateDetector.textOf(rs.getString("problem"), rs.getString("solution")),
                        rs.getObject("submitted_at", OffsetDateTime.class)))
                .optional();
        if (found.isEmpty()) {
            return;
        }
        Own own = found.get();
        jdbc.sql("DELETE FROM proposal_duplicate_view WHERE proposal_id = :id OR candidate_id = :id")
                .param("id", proposalId).update();
        for (DuplicateDetector.Match earlier : DuplicateDetector.matches(own.title(), own.text(), others(proposalId,
                own.submittedAt(), "submitted_at < :at ORDER BY submitted_at DESC, id DESC"))) {
            insert(proposalId, earlier.proposal().id(), earlier.similarity());
        }
        for (DuplicateDetector.Match later : DuplicateDetector.matches(own.title(), own.text(), others(proposalId,
                own.submittedAt(), "submitted_at > :at ORDER BY submitted_at, id"))) {
            insert(later.proposal().id(), proposalId, later.similarity());
        }
    }

    /** Emptied with the rest of the read model for a replay. */
    void reset() {
        jdbc.sql("DELETE FROM proposal_duplicate_view").update();
    }

    /** Withdrawn ones too: whether they count is decided when reading, so the rows do not depend on timing. */
    private List<EarlierProposal> others(String proposalId, OffsetDateTime at, String whereAndOrder) {
        return jdbc.sql("SELECT id, title, problem, solution FROM proposal_view WHERE id <> :id AND "
                        + whereAndOrder + " LIMIT :limit")
                .param("id", proposalId)
                .param("at", at)
                .param("limit", SCAN_LIMIT)
                .query((rs, n) -> new EarlierProposal(rs.getString("id"), rs.getString("title"),
                        rs.getString("problem"), rs.getString("solution")))
                .list();
    }

    private void insert(String proposalId, String candidateId, double similarity) {
        jdbc.sql("""
                        INSERT INTO proposal_duplicate_view (proposal_id, candidate_id, similarity)
                        VALUES (:proposal, :candidate, :similarity)
                        ON CONFLICT (proposal_id, candidate_id) DO UPDATE SET similarity = EXCLUDED.similarity""")
                .param("proposal", proposalId)
                .param("candidate", candidateId)
                .param("similarity", similarity)
                .update();
    }

    private record Own(String title, String text, OffsetDateTime submittedAt) {
    }
}
