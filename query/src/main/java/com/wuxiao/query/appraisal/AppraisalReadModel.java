package com.wuxiao.query.appraisal;

import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.query.appraisal.api.AppraisalRoundDetail;
import com.wuxiao.query.appraisal.api.AppraisalRoundStatus;
import com.wuxiao.query.appraisal.api.AppraisalRoundSummary;
import com.wuxiao.query.appraisal.api.ObjectionDecision;
import com.wuxiao.query.appraisal.api.PanelMember;
import com.wuxiao.query.appraisal.api.ProposalProgress;
import com.wuxiao.query.appraisal.api.RoundObjection;
import com.wuxiao.query.appraisal.api.RoundProgress;
import com.wuxiao.query.appraisal.api.RoundProposalResult;
import com.wuxiao.query.appraisal.api.ScoreEntry;
import com.wuxiao.query.appraisal.api.ScorerProgress;
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

/** Reads of the round tables that {@link AppraisalProjection} writes; no access rules here. */
@Component
class AppraisalReadModel {

    /**
     * The round's status as shown: the aggregate's phase, with SCORING split into RE_REVIEW while a
     * proposal awaits its consensus score.
     */
    private static final String STATUS = """
            CASE WHEN r.phase = 'SCORING' AND EXISTS (SELECT 1 FROM appraisal_proposal_view q
                                                      WHERE q.round_id = r.round_id AND q.in_re_review)
                 THEN 'RE_REVIEW' ELSE r.phase END AS status""";

    private final JdbcClient jdbc;

    AppraisalReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The round without its lists, which {@link #withLists} adds. */
    Optional<AppraisalRoundDetail> round(String roundId) {
        return jdbc.sql("SELECT r.*, " + STATUS + """
                        , (SELECT count(*) FROM appraisal_score_view s
                           WHERE s.round_id = r.round_id AND s.scored_at IS NOT NULL) AS done,
                          (SELECT count(*) FROM appraisal_score_view s WHERE s.round_id = r.round_id) AS assigned
                        FROM appraisal_round_view r WHERE r.round_id = :id""")
                .param("id", roundId)
                .query((rs, n) -> new AppraisalRoundDetail(rs.getString("round_id"), rs.getInt("year"),
                        rs.getInt("quarter"), AppraisalRoundStatus.valueOf(rs.getString("status")),
                        new ScoreWeights(rs.getInt("weight_feasibility"), rs.getInt("weight_benefit"),
                                rs.getInt("weight_promotability")),
                        (Integer) rs.getObject("scorers_per_proposal"), rs.getString("opened_by"),
                        instant(rs, "opened_at"), rs.getString("ranked_by"), instant(rs, "ranked_at"),
                        rs.getString("approved_by"), instant(rs, "approved_at"), instant(rs, "publicity_starts_at"),
                        instant(rs, "publicity_ends_at"), rs.getString("finalised_by"), instant(rs, "finalised_at"),
                        rs.getInt("done"), rs.getInt("assigned"), List.of(), List.of(), List.of()))
                .optional();
    }

    static AppraisalRoundDetail withLists(AppraisalRoundDetail d, List<PanelMember> panel,
                                          List<RoundProposalResult> results, List<RoundObjection> objections) {
        return new AppraisalRoundDetail(d.roundId(), d.year(), d.quarter(), d.status(), d.weights(),
                d.scorersPerProposal(), d.openedBy(), d.openedAt(), d.rankedBy(), d.rankedAt(), d.approvedBy(),
                d.approvedAt(), d.publicityStartsAt(), d.publicityEndsAt(), d.finalisedBy(), d.finalisedAt(),
                d.scoresDone(), d.scoresAssigned(), panel, results, objections);
    }

    List<AppraisalRoundSummary> rounds() {
        return jdbc.sql("SELECT r.round_id, r.year, r.quarter, r.opened_at, r.publicity_ends_at, r.finalised_at, "
                        + STATUS + """
                        , (SELECT count(*) FROM appraisal_proposal_view p WHERE p.round_id = r.round_id) AS proposals
                        FROM appraisal_round_view r ORDER BY r.year DESC, r.quarter DESC""")
                .query((rs, n) -> new AppraisalRoundSummary(rs.getString("round_id"), rs.getInt("year"),
                        rs.getInt("quarter"), AppraisalRoundStatus.valueOf(rs.getString("status")),
                        rs.getInt("proposals"), instant(rs, "opened_at"), instant(rs, "publicity_ends_at"),
                        instant(rs, "finalised_at")))
                .list();
    }

    List<PanelMember> panel(String roundId) {
        return jdbc.sql("SELECT user_id, unit_id, panel_role FROM appraisal_panel_view WHERE round_id = :id ORDER BY position")
                .param("id", roundId)
                .query((rs, n) -> new PanelMember(rs.getString("user_id"), rs.getString("unit_id"),
                        panelRole(rs.getString("panel_role"))))
                .list();
    }

    /** Ranked proposals best first (ties in pool order), the unranked in pool order. */
    List<RoundProposalResult> results(String roundId, boolean withScores) {
        Map<String, List<Author>> authors = authors(roundId);
        Map<String, List<ScoreEntry>> scores = withScores ? scores(roundId) : Map.of();
        return jdbc.sql("""
                        SELECT p.*, pv.title,
                            (SELECT count(*) FROM appraisal_score_view s WHERE s.round_id = p.round_id
                                AND s.proposal_id = p.proposal_id AND s.scored_at IS NOT NULL) AS done,
                            (SELECT count(*) FROM appraisal_score_view s WHERE s.round_id = p.round_id
                                AND s.proposal_id = p.proposal_id) AS assigned
                        FROM appraisal_proposal_view p
                        LEFT JOIN proposal_view pv ON pv.id = p.proposal_id
                        WHERE p.round_id = :id
                        ORDER BY p.rank NULLS LAST, p.position""")
                .param("id", roundId)
                .query((rs, n) -> {
                    String proposalId = rs.getString("proposal_id");
                    return new RoundProposalResult(proposalId, rs.getString("title"), rs.getString("unit_id"),
                            authors.getOrDefault(proposalId, List.of()), rs.getString("mentor_id"),
                            rs.getInt("done"), rs.getInt("assigned"), rs.getBoolean("in_re_review"),
                            reReviewReason(rs.getString("re_review_reason")), rs.getBigDecimal("re_review_spread"),
                            rs.getBigDecimal("consensus_score"), rs.getBigDecimal("final_score"),
                            (Integer) rs.getObject("rank"), grade(rs.getString("grade")),
                            grade(rs.getString("final_grade")),
                            withScores ? scores.getOrDefault(proposalId, List.of()) : List.of());
                })
                .list();
    }

    List<RoundObjection> objections(String roundId, boolean withObjector) {
        return jdbc.sql("SELECT * FROM appraisal_objection_view WHERE round_id = :id ORDER BY raised_at, objection_id")
                .param("id", roundId)
                .query((rs, n) -> new RoundObjection(rs.getString("objection_id"), rs.getString("proposal_id"),
                        withObjector ? rs.getString("objector_id") : null, rs.getString("reason"),
                        instant(rs, "raised_at"), decision(rs.getString("decision")), rs.getString("decided_by"),
                        rs.getString("note"), instant(rs, "decided_at")))
                .list();
    }

    Optional<RoundProgress> progress(String roundId) {
        return round(roundId).map(round -> new RoundProgress(roundId, round.status(), round.scoresDone(),
                round.scoresAssigned(), scorerProgress(roundId), proposalProgress(roundId)));
    }

    /** Panel members first in panel order, then anyone else holding tasks (not expected). */
    private List<ScorerProgress> scorerProgress(String roundId) {
        return jdbc.sql("""
                        SELECT s.scorer_id, m.panel_role, count(*) FILTER (WHERE s.scored_at IS NOT NULL) AS done,
                            count(*) AS assigned
                        FROM appraisal_score_view s
                        LEFT JOIN appraisal_panel_view m ON m.round_id = s.round_id AND m.user_id = s.scorer_id
                        WHERE s.round_id = :id
                        GROUP BY s.scorer_id, m.panel_role, m.position
                        ORDER BY m.position NULLS LAST, s.scorer_id""")
                .param("id", roundId)
                .query((rs, n) -> ScorerProgress.of(rs.getString("scorer_id"), panelRole(rs.getString("panel_role")),
                        rs.getInt("done"), rs.getInt("assigned")))
                .list();
    }

    private List<ProposalProgress> proposalProgress(String roundId) {
        return jdbc.sql("""
                        SELECT p.proposal_id, pv.title, p.unit_id, p.in_re_review, p.re_review_reason,
                            count(s.scorer_id) FILTER (WHERE s.scored_at IS NOT NULL) AS done,
                            count(s.scorer_id) AS assigned
                        FROM appraisal_proposal_view p
                        LEFT JOIN appraisal_score_view s ON s.round_id = p.round_id AND s.proposal_id = p.proposal_id
                        LEFT JOIN proposal_view pv ON pv.id = p.proposal_id
                        WHERE p.round_id = :id
                        GROUP BY p.proposal_id, pv.title, p.unit_id, p.in_re_review, p.re_review_reason, p.position
                        ORDER BY p.position""")
                .param("id", roundId)
                .query((rs, n) -> ProposalProgress.of(rs.getString("proposal_id"), rs.getString("title"),
                        rs.getString("unit_id"), rs.getInt("done"), rs.getInt("assigned"),
                        rs.getBoolean("in_re_review"), reReviewReason(rs.getString("re_review_reason"))))
                .list();
    }

    private Map<String, List<Author>> authors(String roundId) {
        Map<String, List<Author>> authors = new HashMap<>();
        jdbc.sql("""
                        SELECT proposal_id, worker_id, share FROM appraisal_author_view
                        WHERE round_id = :id ORDER BY proposal_id, position""")
                .param("id", roundId)
                .query(rs -> {
                    authors.computeIfAbsent(rs.getString("proposal_id"), k -> new ArrayList<>())
                            .add(new Author(rs.getString("worker_id"), rs.getInt("share")));
                });
        return authors;
    }

    private Map<String, List<ScoreEntry>> scores(String roundId) {
        Map<String, List<ScoreEntry>> scores = new HashMap<>();
        jdbc.sql("""
                        SELECT s.*, m.panel_role FROM appraisal_score_view s
                        LEFT JOIN appraisal_panel_view m ON m.round_id = s.round_id AND m.user_id = s.scorer_id
                        WHERE s.round_id = :id ORDER BY s.proposal_id, s.position""")
                .param("id", roundId)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getString("proposal_id"), k -> new ArrayList<>())
                            .add(new ScoreEntry(rs.getString("scorer_id"), panelRole(rs.getString("panel_role")),
                                    (Integer) rs.getObject("feasibility"), (Integer) rs.getObject("benefit"),
                                    (Integer) rs.getObject("promotability"), rs.getBigDecimal("weighted_score"),
                                    rs.getString("comment"), instant(rs, "scored_at")));
                });
        return scores;
    }

    private static PanelRole panelRole(String name) {
        return name == null ? null : PanelRole.valueOf(name);
    }

    private static Grade grade(String name) {
        return name == null ? null : Grade.valueOf(name);
    }

    private static ReReviewReason reReviewReason(String name) {
        return name == null ? null : ReReviewReason.valueOf(name);
    }

    private static ObjectionDecision decision(String name) {
        return name == null ? null : ObjectionDecision.valueOf(name);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
