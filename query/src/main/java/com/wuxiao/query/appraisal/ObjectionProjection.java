package com.wuxiao.query.appraisal;

import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.query.appraisal.AppraisalProjection.Phase;
import com.wuxiao.query.appraisal.api.ObjectionDecision;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The objections of a round's publicity (appraisal_objection_view) and what an upheld one voids, in
 * the {@link AppraisalProjection}'s processing group: the round's events reach both in order, and
 * each handler claims its event with the round row's sequence guard ({@link RoundRows#advance}).
 * Emptied by the {@link AppraisalProjection}'s reset.
 */
@Component
@ProcessingGroup(AppraisalProjection.PROCESSING_GROUP)
public class ObjectionProjection {

    private final JdbcClient jdbc;
    private final RoundRows rows;

    public ObjectionProjection(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.rows = new RoundRows(jdbc, batch);
    }

    @EventHandler
    void on(ObjectionRaisedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.raisedAt())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO appraisal_objection_view (round_id, objection_id, proposal_id, objector_id,
                            reason, raised_at)
                        VALUES (:round, :objection, :proposal, :objector, :reason, :at)
                        ON CONFLICT DO NOTHING""")
                .param("round", e.roundId())
                .param("objection", e.objectionId())
                .param("proposal", e.proposalId())
                .param("objector", e.objectorId())
                .param("reason", e.reason())
                .param("at", RoundRows.timestamp(e.raisedAt()))
                .update();
    }

    /** The ranking and its publicity are void: the round is ranked, approved and published again. */
    @EventHandler
    void on(ObjectionUpheldEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.decidedAt())) {
            return;
        }
        decide(e.roundId(), e.objectionId(), ObjectionDecision.UPHELD, e.decidedBy(), e.note(), e.decidedAt());
        rows.clearRanking(e.roundId());
        jdbc.sql("""
                        UPDATE appraisal_round_view SET phase = :phase, ranked_by = NULL, ranked_at = NULL,
                            approved_by = NULL, approved_at = NULL, publicity_starts_at = NULL,
                            publicity_ends_at = NULL
                        WHERE round_id = :id""")
                .param("id", e.roundId())
                .param("phase", Phase.SCORING.name())
                .update();
    }

    @EventHandler
    void on(ObjectionDeniedEvent e, EventMessage<?> message) {
        if (!rows.advance(e.roundId(), message, e.decidedAt())) {
            return;
        }
        decide(e.roundId(), e.objectionId(), ObjectionDecision.DENIED, e.decidedBy(), e.note(), e.decidedAt());
    }

    private void decide(String roundId, String objectionId, ObjectionDecision decision, String decidedBy, String note,
                        Instant decidedAt) {
        jdbc.sql("""
                        UPDATE appraisal_objection_view SET decision = :decision, decided_by = :by, note = :note,
                            decided_at = :at
                        WHERE round_id = :round AND objection_id = :objection""")
                .param("round", roundId)
                .param("objection", objectionId)
                .param("decision", decision.name())
                .param("by", decidedBy)
                .param("note", note)
                .param("at", RoundRows.timestamp(decidedAt))
                .update();
    }
}
