package com.wuxiao.query.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.PanelNamedEvent;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.PublicityStartedEvent;
import com.wuxiao.command.appraisal.api.RankingApprovedEvent;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.appraisal.api.RoundRankedEvent;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ScorersAssignedEvent;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the appraisal round tables (appraisal_*_view) up to date.
 * <p>
 * Idempotent: every round event comes from the round's aggregate, in order within the round. A
 * handler first advances the round row's {@code last_event_seq} to the event's sequence number and
 * changes anything else only if that advanced it, all in the event's transaction; a redelivered event
 * finds the number already there and changes nothing. The round row itself is created once by the
 * opening event (insert if absent). The objections' rows are {@link ObjectionProjection}'s, in the
 * same processing group; the guard and the ranking's rows are {@link RoundRows}.
 */
@Component
@ProcessingGroup(AppraisalProjection.PROCESSING_GROUP)
public class AppraisalProjection {

    public static final String PROCESSING_GROUP = "appraisal-projection";

    /** The aggregate's phases; an upheld objection takes the round from PUBLICITY back to SCORING. */
    enum Phase { OPEN, PANEL_NAMED, SCORING, RANKED, PUBLICITY, FINALISED }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final RoundRows rows;

    public AppraisalProjection(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.rows = new RoundRows(jdbc, batch);
    }

    @EventHandler
    void on(AppraisalRoundOpenedEvent e, EventMessage<?> message) {
        ScoreWeights weights = e.config().weights();
        int inserted = jdbc.sql("""
                        INSERT INTO appraisal_round_view (round_id, year, quarter, phase, weight_feasibility,
                            weight_benefit, weight_promotability, opened_by, opened_at, updated_at, last_event_seq)
                        VALUES (:id, :year, :quarter, :phase, :wf, :wb, :wp, :by, :at, :at, :seq)
                        ON CONFLICT (round_id) DO NOTHING""")
                .param("id", e.roundId())
                .param("year", e.year())
                .param("quarter", e.quarter())
                .param("phase", Phase.OPEN.name())
                .param("wf", weights.feasibility())
                .param("wb", weights.benefit())
                .param("wp", weights.promotability())
                .param("by", e.openedBy())
                .param("at", RoundRows.timestamp(e.openedAt()))
                .param("seq", EventColumns.sequenceOf(message))
                .update();
        if (inserted == 0) {
            return;
        }
        List<SqlParameterSource> proposals = new ArrayList<>();
        List<SqlParameterSource> authors = new ArrayList<>();
        for (int position = 0; position < e.pool().size(); position++) {
            PoolEntry entry = e.pool().get(position);
            proposals.add(new MapSqlParameterSource()
                    .addValue("round", e.roundId())
                    .addValue("proposal", entry.proposalId())
                    .addValue("position", position)
                    .addValue("unit", entry.unitId())
                    .addValue("mentor", entry.mentorId()));
            for (int a = 0; a < entry.authors().size(); a++) {
                Author author = entry.authors().get(a);
                authors.add(new MapSqlParameterSource()
                        .addValue("round", e.roundId())
                        .addValue("proposal", entry.proposalId())
                        .addValue("position", a)
                        .addValue("worker", author.workerId())
                        .addValue("share", author.share()));
            }
        }
        batch.batchUpdate("""
                INSERT INTO appraisal_proposal_view (round_id, proposal_id, position, unit_id, mentor_id)
                VALUES (:round, :proposal, :position, :unit, :mentor)""", proposals.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO appraisal_author_view (round_id, proposal_id, position, worker_id, share)
                VALUES (:round, :proposal, :position, :worker, :share)""", authors.toArray(SqlParameterSource[]::new));
    }

    @EventHandler
    void on(PanelNamedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.namedAt())) {
            return;
        }
        jdbc.sql("DELETE FROM appraisal_panel_view WHERE round_id = :id").param("id", e.roundId()).update();
        List<SqlParameterSource> seats = new ArrayList<>();
        for (int position = 0; position < e.members().size(); position++) {
            PanelSeat seat = e.members().get(position);
            seats.add(new MapSqlParameterSource()
                    .addValue("round", e.roundId())
                    .addValue("user", seat.userId())
                    .addValue("position", position)
                    .addValue("unit", seat.unitId())
                    .addValue("role", seat.panelRole() == null ? null : seat.panelRole().name()));
        }
        batch.batchUpdate("""
                INSERT INTO appraisal_panel_view (round_id, user_id, position, unit_id, panel_role)
                VALUES (:round, :user, :position, :unit, :role)
                ON CONFLICT DO NOTHING""", seats.toArray(SqlParameterSource[]::new));
        jdbc.sql("UPDATE appraisal_round_view SET phase = :phase, panel_named_at = :at WHERE round_id = :id")
                .param("id", e.roundId())
                .param("phase", Phase.PANEL_NAMED.name())
                .param("at", RoundRows.timestamp(e.namedAt()))
                .update();
    }

    @EventHandler
    void on(ScorersAssignedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.assignedAt())) {
            return;
        }
        List<SqlParameterSource> tasks = new ArrayList<>();
        for (Assignment assignment : e.assignments()) {
            for (int position = 0; position < assignment.scorerIds().size(); position++) {
                tasks.add(new MapSqlParameterSource()
                        .addValue("round", e.roundId())
                        .addValue("proposal", assignment.proposalId())
                        .addValue("scorer", assignment.scorerIds().get(position))
                        .addValue("position", position));
            }
        }
        batch.batchUpdate("""
                INSERT INTO appraisal_score_view (round_id, proposal_id, scorer_id, position)
                VALUES (:round, :proposal, :scorer, :position)
                ON CONFLICT DO NOTHING""", tasks.toArray(SqlParameterSource[]::new));
        jdbc.sql("""
                        UPDATE appraisal_round_view SET phase = :phase, scorers_per_proposal = :perProposal,
                            assigned_at = :at
                        WHERE round_id = :id""")
                .param("id", e.roundId())
                .param("phase", Phase.SCORING.name())
                .param("perProposal", e.scorersPerProposal())
                .param("at", RoundRows.timestamp(e.assignedAt()))
                .update();
    }

    @EventHandler
    void on(ScoreRecordedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.scoredAt())) {
            return;
        }
        jdbc.sql("""
                        UPDATE appraisal_score_view SET feasibility = :f, benefit = :b, promotability = :p,
                            weighted_score = :weighted, comment = :comment, scored_at = :at
                        WHERE round_id = :round AND proposal_id = :proposal AND scorer_id = :scorer""")
                .param("round", e.roundId())
                .param("proposal", e.proposalId())
                .param("scorer", e.scorerId())
                .param("f", e.feasibility())
                .param("b", e.benefit())
                .param("p", e.promotability())
                .param("weighted", e.weightedScore())
                .param("comment", e.comment())
                .param("at", RoundRows.timestamp(e.scoredAt()))
                .update();
    }

    @EventHandler
    void on(ReReviewRequiredEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.requiredAt())) {
            return;
        }
        jdbc.sql("""
                        UPDATE appraisal_proposal_view SET in_re_review = TRUE, re_review_reason = :reason,
                            re_review_spread = :spread, re_review_objection_id = :objection
                        WHERE round_id = :round AND proposal_id = :proposal""")
                .param("round", e.roundId())
                .param("proposal", e.proposalId())
                .param("reason", e.reason() == null ? null : e.reason().name())
                .param("spread", e.spread())
                .param("objection", e.objectionId())
                .update();
    }

    @EventHandler
    void on(ConsensusScoreRecordedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.recordedAt())) {
            return;
        }
        jdbc.sql("""
                        UPDATE appraisal_proposal_view SET in_re_review = FALSE, consensus_feasibility = :f,
                            consensus_benefit = :b, consensus_promotability = :p, consensus_score = :weighted,
                            consensus_by = :by, consensus_comment = :comment, consensus_at = :at
                        WHERE round_id = :round AND proposal_id = :proposal""")
                .param("round", e.roundId())
                .param("proposal", e.proposalId())
                .param("f", e.feasibility())
                .param("b", e.benefit())
                .param("p", e.promotability())
                .param("weighted", e.weightedScore())
                .param("by", e.recordedBy())
                .param("comment", e.comment())
                .param("at", RoundRows.timestamp(e.recordedAt()))
                .update();
    }

    @EventHandler
    void on(RoundRankedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.rankedAt())) {
            return;
        }
        rows.clearRanking(e.roundId());
        rows.setRanking(e.roundId(), e.ranking(), false);
        jdbc.sql("UPDATE appraisal_round_view SET phase = :phase, ranked_by = :by, ranked_at = :at WHERE round_id = :id")
                .param("id", e.roundId())
                .param("phase", Phase.RANKED.name())
                .param("by", e.rankedBy())
                .param("at", RoundRows.timestamp(e.rankedAt()))
                .update();
    }

    @EventHandler
    void on(RankingApprovedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.approvedAt())) {
            return;
        }
        jdbc.sql("UPDATE appraisal_round_view SET approved_by = :by, approved_at = :at WHERE round_id = :id")
                .param("id", e.roundId())
                .param("by", e.approvedBy())
                .param("at", RoundRows.timestamp(e.approvedAt()))
                .update();
    }

    @EventHandler
    void on(PublicityStartedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.startsAt())) {
            return;
        }
        jdbc.sql("""
                        UPDATE appraisal_round_view SET phase = :phase, publicity_starts_at = :starts,
                            publicity_ends_at = :ends
                        WHERE round_id = :id""")
                .param("id", e.roundId())
                .param("phase", Phase.PUBLICITY.name())
                .param("starts", RoundRows.timestamp(e.startsAt()))
                .param("ends", RoundRows.timestamp(e.endsAt()))
                .update();
    }

    @EventHandler
    void on(RoundFinalisedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.finalisedAt())) {
            return;
        }
        rows.setRanking(e.roundId(), e.results(), true);
        jdbc.sql("""
                        UPDATE appraisal_round_view SET phase = :phase, finalised_by = :by, finalised_at = :at
                        WHERE round_id = :id""")
                .param("id", e.roundId())
                .param("phase", Phase.FINALISED.name())
                .param("by", e.finalisedBy())
                .param("at", RoundRows.timestamp(e.finalisedAt()))
                .update();
    }

    /** Empties the read model so a replay rebuilds it from the first event. */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM appraisal_objection_view").update();
        jdbc.sql("DELETE FROM appraisal_score_view").update();
        jdbc.sql("DELETE FROM appraisal_author_view").update();
        jdbc.sql("DELETE FROM appraisal_panel_view").update();
        jdbc.sql("DELETE FROM appraisal_proposal_view").update();
        jdbc.sql("DELETE FROM appraisal_round_view").update();
    }

}
