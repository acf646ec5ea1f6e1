package com.wuxiao.query.proposal;

import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.query.projection.EventColumns;
import com.wuxiao.query.proposal.api.DuplicateCandidate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The duplicate candidates of each proposal (proposal_duplicate_text and proposal_duplicate_view):
 * worked out once when a proposal is declared or revised ({@link DuplicateCandidatesProjection}),
 * then read by the proposal's page and the screening form without a scan.
 * <p>
 * A row says that a proposal resembles an earlier one, with both as they read now: a revision of
 * either changes their similarity, so a refresh recomputes the proposal's rows with earlier proposals
 * and those of later proposals with it. The rows therefore do not depend on the order in which the
 * events were applied, and a replay ends with the same ones. Like the scan on every read it replaces,
 * each direction looks at the {@value #SCAN_LIMIT} nearest proposals.
 */
@Component
class ProposalDuplicates {

    /** Same reach as the duplicate check of a draft. */
    static final int SCAN_LIMIT = ProposalQueries.DUPLICATE_SCAN_LIMIT;
    /**
     * Key of the transaction-scoped advisory lock around a refresh. Should the processor ever run in
     * several segments, two proposals declared at once would each miss the other's uncommitted row
     * and their pair would be lost; under the lock the later refresh sees the earlier one's commit.
     */
    private static final long REFRESH_LOCK = 0x5778_4450_5246_5348L;
    /** Rows per INSERT: one statement per refresh in all but the largest ones. */
    private static final int INSERT_CHUNK = 500;

    private final JdbcClient jdbc;

    ProposalDuplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps what the comparison needs of a declaration; false for a repeated event. */
    boolean declared(String proposalId, ProposalContent content, Instant submittedAt, long seq) {
        return jdbc.sql("""
                        INSERT INTO proposal_duplicate_text (proposal_id, title, problem, solution, submitted_at,
                            revision, withdrawn, last_event_seq)
                        VALUES (:id, :title, :problem, :solution, :at, 1, FALSE, :seq)
                        ON CONFLICT (proposal_id) DO NOTHING""")
                .param("id", proposalId)
                .param("title", content.title())
                .param("problem", content.problem())
                .param("solution", content.solution())
                .param("at", EventColumns.time(submittedAt))
                .param("seq", seq)
                .update() == 1;
    }

    /** Keeps what the comparison needs of a revision; false for an older or repeated event. */
    boolean revised(String proposalId, ProposalContent content, int revision, long seq) {
        return jdbc.sql("""
                        UPDATE proposal_duplicate_text SET title = :title, problem = :problem, solution = :solution,
                            revision = :revision, last_event_seq = :seq
                        WHERE proposal_id = :id AND last_event_seq < :seq""")
                .param("id", proposalId)
                .param("title", content.title())
                .param("problem", content.problem())
                .param("solution", content.solution())
                .param("revision", revision)
                .param("seq", seq)
                .update() == 1;
    }

    void withdrawn(String proposalId) {
        jdbc.sql("UPDATE proposal_duplicate_text SET withdrawn = TRUE WHERE proposal_id = :id")
                .param("id", proposalId).update();
    }

    /** Recomputes the rows of {@code proposalId}; the same texts give the same rows. */
    void refresh(String proposalId) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)").param("key", REFRESH_LOCK).query(Integer.class).single();
        Optional<OffsetDateTime> submitted = jdbc.sql(
                        "SELECT submitted_at FROM proposal_duplicate_text WHERE proposal_id = :id")
                .param("id", proposalId).query(OffsetDateTime.class).optional();
        if (submitted.isEmpty()) {
            return;
        }
        OffsetDateTime at = submitted.get();
        EarlierProposal own = texts("proposal_id = :id", proposalId, at).get(0);
        jdbc.sql("DELETE FROM proposal_duplicate_view WHERE proposal_id = :id OR candidate_id = :id")
                .param("id", proposalId).update();
        List<String[]> rows = new ArrayList<>();
        List<Double> similarities = new ArrayList<>();
        for (DuplicateDetector.Match earlier : DuplicateDetector.matches(own.title(), own.text(), texts(
                "proposal_id <> :id AND submitted_at < :at ORDER BY submitted_at DESC, proposal_id DESC", proposalId, at))) {
            rows.add(new String[] {proposalId, earlier.proposal().id()});
            similarities.add(earlier.similarity());
        }
        for (DuplicateDetector.Match later : DuplicateDetector.matches(own.title(), own.text(), texts(
                "proposal_id <> :id AND submitted_at > :at ORDER BY submitted_at, proposal_id", proposalId, at))) {
            rows.add(new String[] {later.proposal().id(), proposalId});
            similarities.add(later.similarity());
        }
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            insert(rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)), similarities.subList(from,
                    Math.min(rows.size(), from + INSERT_CHUNK)));
        }
    }

    /**
     * The candidates of a proposal, best first as {@link DuplicateDetector#detect} ranks them, with
     * their titles as they read now; a withdrawn one no longer counts (nor in a draft's check).
     */
    List<DuplicateCandidate> of(String proposalId) {
        return jdbc.sql("""
                        SELECT d.candidate_id, c.title, d.similarity FROM proposal_duplicate_view d
                        JOIN proposal_duplicate_text c ON c.proposal_id = d.candidate_id
                        WHERE d.proposal_id = :id AND NOT c.withdrawn
                        ORDER BY d.similarity DESC, d.candidate_id COLLATE "C" LIMIT :limit""")
                .param("id", proposalId)
                .param("limit", DuplicateDetector.MAX_CANDIDATES)
                .query((rs, n) -> DuplicateDetector.candidate(rs.getString("candidate_id"), rs.getString("title"),
                        rs.getDouble("similarity")))
                .list();
    }

    /** The revision whose candidates are stored; empty before the proposal's declaration was handled. */
    Optional<Integer> revisionOf(String proposalId) {
        return jdbc.sql("SELECT revision FROM proposal_duplicate_text WHERE proposal_id = :id")
                .param("id", proposalId).query(Integer.class).optional();
    }

    void reset() {
        jdbc.sql("DELETE FROM proposal_duplicate_view").update();
        jdbc.sql("DELETE FROM proposal_duplicate_text").update();
    }

    /** Withdrawn ones too: whether they count is decided when reading, so the rows do not depend on timing. */
    private List<EarlierProposal> texts(String whereAndOrder, String proposalId, OffsetDateTime at) {
        return jdbc.sql("SELECT proposal_id, title, problem, solution FROM proposal_duplicate_text WHERE "
                        + whereAndOrder + " LIMIT :limit")
                .param("id", proposalId)
                .param("at", at)
                .param("limit", SCAN_LIMIT)
                .query((rs, n) -> new EarlierProposal(rs.getString("proposal_id"), rs.getString("title"),
                        rs.getString("problem"), rs.getString("solution")))
                .list();
    }

    private void insert(List<String[]> rows, List<Double> similarities) {
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < rows.size(); i++) {
            values.add("(:p" + i + ", :c" + i + ", :s" + i + ")");
        }
        JdbcClient.StatementSpec statement = jdbc.sql("INSERT INTO proposal_duplicate_view (proposal_id, candidate_id,"
                + " similarity) VALUES " + values + " ON CONFLICT (proposal_id, candidate_id)"
                + " DO UPDATE SET similarity = EXCLUDED.similarity");
        for (int i = 0; i < rows.size(); i++) {
            statement = statement.param("p" + i, rows.get(i)[0]).param("c" + i, rows.get(i)[1])
                    .param("s" + i, similarities.get(i));
        }
        statement.update();
    }
}
