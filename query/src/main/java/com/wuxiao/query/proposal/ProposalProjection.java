package com.wuxiao.query.proposal;

import com.wuxiao.command.proposal.api.AttachmentAddedEvent;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalAppraisedEvent;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalRejectedEvent;
import com.wuxiao.command.proposal.api.ProposalReturnedEvent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.ScreeningEscalatedEvent;
import com.wuxiao.query.projection.EventColumns;
import com.wuxiao.query.proposal.api.ProposalHistoryAction;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps proposal_view, proposal_author_view and proposal_history_view up to date.
 * <p>
 * Idempotent and order-safe: each row remembers the aggregate sequence number of the last event
 * applied and an update only happens for a later one; history rows are unique per event id.
 * A redelivered event therefore changes nothing.
 */
@Component
@ProcessingGroup(ProposalProjection.PROCESSING_GROUP)
public class ProposalProjection {

    public static final String PROCESSING_GROUP = "proposal-projection";

    private final JdbcClient jdbc;

    public ProposalProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProposalSubmittedEvent e, EventMessage<?> message) {
        long seq = EventColumns.sequenceOf(message);
        ProposalContent c = e.content();
        int inserted = jdbc.sql("""
                        INSERT INTO proposal_view (id, title, type, category_code, unit_id, submitter_id, mentor_id,
                            competition_year, declaration_month, status, revision, problem, solution,
                            expected_economic_benefit, expected_safety_benefit, material_cost,
                            submitted_at, updated_at, last_event_seq, need_id)
                        VALUES (:id, :title, :type, :category, :unit, :submitter, :mentor, :year, :month, :status, 1,
                            :problem, :solution, :economic, :safety, :cost, :at, :at, :seq, :need)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", e.proposalId())
                .param("title", c.title())
                .param("type", c.type().name())
                .param("category", c.categoryCode())
                .param("unit", e.unitId())
                .param("submitter", e.submitterId())
                .param("mentor", e.mentorId())
                .param("year", e.competitionYear())
                .param("month", e.declarationMonth())
                .param("status", ProposalStatus.SUBMITTED.name())
                .param("problem", c.problem())
                .param("solution", c.solution())
                .param("economic", c.expectedEconomicBenefit())
                .param("safety", c.expectedSafetyBenefit())
                .param("cost", c.materialCost())
                .param("need", e.needId())
                .param("at", timestamp(e.submittedAt()))
                .param("seq", seq)
                .update();
        // A redelivery must not re-add authors a later revision removed.
        if (inserted == 1) {
            insertAuthors(e.proposalId(), e.authors());
        }
        for (int position = 0; position < e.attachments().size(); position++) {
            insertAttachment(e.proposalId(), seq, position, e.attachments().get(position), e.submittedAt());
        }
        history(message, e.proposalId(), ProposalHistoryAction.SUBMITTED, ProposalStatus.SUBMITTED,
                e.submitterId(), 1, null, null, e.submittedAt());
    }

    @EventHandler
    void on(ProposalRevisedEvent e, EventMessage<?> message) {
        long seq = EventColumns.sequenceOf(message);
        ProposalContent c = e.content();
        int updated = jdbc.sql("""
                        UPDATE proposal_view SET title = :title, type = :type, category_code = :category,
                            mentor_id = :mentor, status = :status, revision = :revision, problem = :problem,
                            solution = :solution, expected_economic_benefit = :economic,
                            expected_safety_benefit = :safety, material_cost = :cost, updated_at = :at,
                            last_event_seq = :seq
                        WHERE id = :id AND last_event_seq < :seq""")
                .param("id", e.proposalId())
                .param("title", c.title())
                .param("type", c.type().name())
                .param("category", c.categoryCode())
                .param("mentor", e.mentorId())
                .param("status", ProposalStatus.SUBMITTED.name())
                .param("revision", e.revision())
                .param("problem", c.problem())
                .param("solution", c.solution())
                .param("economic", c.expectedEconomicBenefit())
                .param("safety", c.expectedSafetyBenefit())
                .param("cost", c.materialCost())
                .param("at", timestamp(e.revisedAt()))
                .param("seq", seq)
                .update();
        if (updated == 1) {
            jdbc.sql("DELETE FROM proposal_author_view WHERE proposal_id = :id").param("id", e.proposalId()).update();
            insertAuthors(e.proposalId(), e.authors());
        }
        history(message, e.proposalId(), ProposalHistoryAction.REVISED, ProposalStatus.SUBMITTED,
                e.revisorId(), e.revision(), null, null, e.revisedAt());
    }

    /** Leaves status and last_event_seq alone: no later event's update may be skipped for it. */
    @EventHandler
    void on(AttachmentAddedEvent e, EventMessage<?> message) {
        insertAttachment(e.proposalId(), EventColumns.sequenceOf(message), 0, e.attachment(), e.addedAt());
        ProposalStatus status = ProposalStatus.valueOf(jdbc.sql("SELECT status FROM proposal_view WHERE id = :id")
                .param("id", e.proposalId()).query(String.class).single());
        history(message, e.proposalId(), ProposalHistoryAction.ATTACHMENT_ADDED, status, e.actorId(),
                currentRevision(e.proposalId()), null, null, e.addedAt());
    }

    @EventHandler
    void on(ProposalWithdrawnEvent e, EventMessage<?> message) {
        changeStatus(message, e.proposalId(), ProposalStatus.WITHDRAWN, e.withdrawnAt());
        // The event names no revision: the withdrawn one is the current one.
        history(message, e.proposalId(), ProposalHistoryAction.WITHDRAWN, ProposalStatus.WITHDRAWN,
                e.actorId(), currentRevision(e.proposalId()), null,
                e.reason() == null ? null : e.reason().name(), e.withdrawnAt());
    }

    @EventHandler
    void on(ProposalAcceptedEvent e, EventMessage<?> message) {
        // accepted_at: the funnel's and the lists' date of acceptance
        jdbc.sql("""
                        UPDATE proposal_view SET status = :status, accepted_at = :at, updated_at = :at,
                            last_event_seq = :seq
                        WHERE id = :id AND last_event_seq < :seq""")
                .param("id", e.proposalId())
                .param("status", ProposalStatus.ACCEPTED.name())
                .param("at", timestamp(e.acceptedAt()))
                .param("seq", EventColumns.sequenceOf(message))
                .update();
        history(message, e.proposalId(), ProposalHistoryAction.ACCEPTED, ProposalStatus.ACCEPTED,
                e.screenerId(), e.revision(), e.comment(), null, e.acceptedAt());
    }

    @EventHandler
    void on(ProposalReturnedEvent e, EventMessage<?> message) {
        changeStatus(message, e.proposalId(), ProposalStatus.RETURNED, e.returnedAt());
        history(message, e.proposalId(), ProposalHistoryAction.RETURNED, ProposalStatus.RETURNED,
                e.screenerId(), e.revision(), e.comment(), null, e.returnedAt());
    }

    @EventHandler
    void on(ProposalRejectedEvent e, EventMessage<?> message) {
        changeStatus(message, e.proposalId(), ProposalStatus.REJECTED, e.rejectedAt());
        history(message, e.proposalId(), ProposalHistoryAction.REJECTED, ProposalStatus.REJECTED,
                e.screenerId(), e.revision(), e.comment(), e.reason() == null ? null : e.reason().name(),
                e.rejectedAt());
    }

    @EventHandler
    void on(ScreeningEscalatedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE proposal_view SET escalated_revision = :revision, updated_at = :at, last_event_seq = :seq
                        WHERE id = :id AND last_event_seq < :seq""")
                .param("id", e.proposalId())
                .param("revision", e.revision())
                .param("at", timestamp(e.escalatedAt()))
                .param("seq", EventColumns.sequenceOf(message))
                .update();
        // Escalation leaves the status as it is (submitted, awaiting screening).
        ProposalStatus status = ProposalStatus.valueOf(jdbc.sql("SELECT status FROM proposal_view WHERE id = :id")
                .param("id", e.proposalId()).query(String.class).single());
        history(message, e.proposalId(), ProposalHistoryAction.ESCALATED, status,
                null, e.revision(), null, null, e.escalatedAt());
    }

    @EventHandler
    void on(ProposalAppraisedEvent e, EventMessage<?> message) {
        // AWARDED / NOT_AWARDED also keeps the proposal out of every later appraisal pool
        ProposalStatus status = ProposalStatus.appraisedAs(e.grade());
        jdbc.sql("""
                        UPDATE proposal_view SET status = :status, grade = :grade, round_id = :round,
                            final_score = :score, rank = :rank, updated_at = :at, last_event_seq = :seq
                        WHERE id = :id AND last_event_seq < :seq""")
                .param("id", e.proposalId())
                .param("status", status.name())
                .param("grade", e.grade().name())
                .param("round", e.roundId())
                .param("score", e.finalScore())
                .param("rank", e.rank())
                .param("at", timestamp(e.appraisedAt()))
                .param("seq", EventColumns.sequenceOf(message))
                .update();
        // The round, not a person, decides; the grade is the entry's reason as a rejection's is.
        history(message, e.proposalId(), ProposalHistoryAction.APPRAISED, status, null,
                currentRevision(e.proposalId()), null, e.grade().name(), e.appraisedAt());
    }

    /** Empties the read model so a replay rebuilds it from the first event. */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM proposal_attachment_view").update();
        jdbc.sql("DELETE FROM proposal_history_view").update();
        jdbc.sql("DELETE FROM proposal_author_view").update();
        jdbc.sql("DELETE FROM proposal_view").update();
    }

    private void changeStatus(EventMessage<?> message, String proposalId, ProposalStatus status, Instant at) {
        jdbc.sql("""
                        UPDATE proposal_view SET status = :status, updated_at = :at, last_event_seq = :seq
                        WHERE id = :id AND last_event_seq < :seq""")
                .param("id", proposalId)
                .param("status", status.name())
                .param("at", timestamp(at))
                .param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    private int currentRevision(String proposalId) {
        return jdbc.sql("SELECT revision FROM proposal_view WHERE id = :id")
                .param("id", proposalId).query(Integer.class).single();
    }

    private void insertAuthors(String proposalId, List<Author> authors) {
        for (int position = 0; position < authors.size(); position++) {
            Author author = authors.get(position);
            jdbc.sql("""
                            INSERT INTO proposal_author_view (proposal_id, position, worker_id, share)
                            VALUES (:id, :position, :worker, :share)
                            ON CONFLICT DO NOTHING""")
                    .param("id", proposalId)
                    .param("position", position)
                    .param("worker", author.workerId())
                    .param("share", author.share())
                    .update();
        }
    }

    private void insertAttachment(String proposalId, long seq, int position, AttachmentRef a, Instant at) {
        jdbc.sql("""
                        INSERT INTO proposal_attachment_view (attachment_id, proposal_id, seq, position, name, media_type,
                            size, sha256, added_at)
                        VALUES (:id, :proposal, :seq, :position, :name, :type, :size, :sha256, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", a.id())
                .param("proposal", proposalId)
                .param("seq", seq)
                .param("position", position)
                .param("name", a.name())
                .param("type", a.mediaType())
                .param("size", a.size())
                .param("sha256", a.sha256())
                .param("at", timestamp(at))
                .update();
    }

    private void history(EventMessage<?> message, String proposalId, ProposalHistoryAction action,
                         ProposalStatus status, String actorId, int revision, String comment, String reason,
                         Instant occurredAt) {
        jdbc.sql("""
                        INSERT INTO proposal_history_view (proposal_id, seq, action, status, actor_id, revision,
                            comment, reason, occurred_at, event_id, recorded_at)
                        VALUES (:id, :seq, :action, :status, :actor, :revision, :comment, :reason, :at, :eventId,
                            :recorded)
                        ON CONFLICT DO NOTHING""")
                .param("id", proposalId)
                .param("seq", EventColumns.sequenceOf(message))
                .param("action", action.name())
                .param("status", status.name())
                .param("actor", actorId)
                .param("revision", revision)
                .param("comment", comment)
                .param("reason", reason)
                .param("at", timestamp(occurredAt))
                .param("eventId", message.getIdentifier())
                .param("recorded", EventColumns.recorded(message))
                .update();
    }

    /** Proposal events are applied by the proposal aggregate, so they always carry its sequence number. */

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
