package com.wuxiao.query.patent;

import com.wuxiao.command.patent.api.OfficeActionAnsweredEvent;
import com.wuxiao.command.patent.api.OfficeActionRecordedEvent;
import com.wuxiao.command.patent.api.PatentAbandonedEvent;
import com.wuxiao.command.patent.api.PatentApplicationPreparedEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.command.patent.api.PatentRejectedEvent;
import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentStepOverdueEvent;
import com.wuxiao.query.patent.api.PatentStatus;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The patent pipeline: one row per patent case and its office actions.
 * <p>
 * Idempotent and order-safe: a case row remembers the aggregate sequence number of the last event
 * applied and changes only for a later one; office actions are written only when their event
 * passes that check, and the derived columns (open office action, count) are recomputed from
 * the child rows. A redelivered event therefore changes nothing, and a replay gives the same rows
 * (every time comes from the events).
 */
@Component
@ProcessingGroup(PatentProjection.PROCESSING_GROUP)
public class PatentProjection {

    public static final String PROCESSING_GROUP = "patent-projection";

    /** Clears the overdue step if it is one of {@code :done}. */
    private static final String CLEAR_DONE_STEPS = """
            overdue_due_at = CASE WHEN overdue_step IN (:done) THEN NULL ELSE overdue_due_at END,
            overdue_step = CASE WHEN overdue_step IN (:done) THEN NULL ELSE overdue_step END""";

    /** An ended case has no step left to be late with and no office action left to answer. */
    private static final String END = """
            overdue_step = NULL, overdue_due_at = NULL, open_office_action = NULL, open_response_due = NULL""";

    private static final String UNANSWERED = """
            SELECT 1 FROM patent_office_action a WHERE a.patent_id = c.patent_id AND a.answered_on IS NULL""";

    private final JdbcClient jdbc;

    public PatentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatentNominatedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO patent_case (patent_id, proposal_id, title, unit_id, competition_year, type, status,
                            awarded_at, nominated_by, nominated_at, last_change, last_event_seq)
                        VALUES (:id, :proposal, :title, :unit, :year, :type, :status, :awardedAt, :by, :at, :at, :seq)
                        ON CONFLICT (patent_id) DO NOTHING""")
                .param("id", e.patentId()).param("proposal", e.proposalId()).param("title", e.title())
                .param("unit", e.unitId()).param("year", e.competitionYear()).param("type", e.type().name())
                .param("status", PatentStatus.NOMINATED.name()).param("awardedAt", EventColumns.time(e.awardedAt()))
                .param("by", e.nominatedBy()).param("at", EventColumns.time(e.nominatedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
        recordStatus(e.patentId(), message);
    }

    @EventHandler
    void on(PatentApplicationPreparedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE patent_case SET status = :status, agency = :agency, prepared_by = :by, prepared_at = :at,
                        """ + CLEAR_DONE_STEPS + """
                        , last_change = :at, last_event_seq = :seq
                        WHERE patent_id = :id AND last_event_seq < :seq""")
                .param("id", e.patentId()).param("status", PatentStatus.PREPARED.name())
                .param("agency", e.agency()).param("by", e.preparedBy()).param("at", EventColumns.time(e.preparedAt()))
                .param("done", steps(PatentStep.PREPARATION)).param("seq", EventColumns.sequenceOf(message))
                .update();
        recordStatus(e.patentId(), message);
    }

    @EventHandler
    void on(PatentFiledEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE patent_case SET status = :status, type = :type, application_number = :number,
                            filed_on = :filedOn, filed_recorded_at = :at,
                        """ + CLEAR_DONE_STEPS + """
                        , last_change = :at, last_event_seq = :seq
                        WHERE patent_id = :id AND last_event_seq < :seq""")
                .param("id", e.patentId()).param("status", PatentStatus.FILED.name()).param("type", e.type().name())
                .param("number", e.applicationNumber()).param("filedOn", e.filedOn()).param("at", EventColumns.time(e.recordedAt()))
                .param("done", steps(PatentStep.PREPARATION, PatentStep.FILING)).param("seq", EventColumns.sequenceOf(message))
                .update();
        recordStatus(e.patentId(), message);
    }

    @EventHandler
    void on(OfficeActionRecordedEvent e, EventMessage<?> message) {
        if (!advance(e.patentId(), EventColumns.sequenceOf(message), e.recordedAt())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO patent_office_action (patent_id, sequence, issued_on, response_due, summary,
                            recorded_by, recorded_at)
                        VALUES (:id, :sequence, :issuedOn, :due, :summary, :by, :at)
                        ON CONFLICT (patent_id, sequence) DO UPDATE SET issued_on = :issuedOn, response_due = :due,
                            summary = :summary, recorded_by = :by, recorded_at = :at""")
                .param("id", e.patentId()).param("sequence", e.sequence()).param("issuedOn", e.issuedOn())
                .param("due", e.responseDue()).param("summary", e.summary()).param("by", e.recordedBy())
                .param("at", EventColumns.time(e.recordedAt()))
                .update();
        refreshOfficeActions(e.patentId());
        recordStatus(e.patentId(), message);
    }

    @EventHandler
    void on(OfficeActionAnsweredEvent e, EventMessage<?> message) {
        if (!advance(e.patentId(), EventColumns.sequenceOf(message), e.recordedAt())) {
            return;
        }
        jdbc.sql("""
                        UPDATE patent_office_action SET answered_on = :answeredOn, answer_note = :note,
                            answered_by = :by, answered_at = :at
                        WHERE patent_id = :id AND sequence = :sequence""")
                .param("id", e.patentId()).param("sequence", e.sequence()).param("answeredOn", e.answeredOn())
                .param("note", e.note()).param("by", e.recordedBy()).param("at", EventColumns.time(e.recordedAt()))
                .update();
        refreshOfficeActions(e.patentId());
        recordStatus(e.patentId(), message);
    }

    @EventHandler
    void on(PatentGrantedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE patent_case SET status = :status, type = :type, patent_number = :number,
                            granted_on = :grantedOn, ended_at = :at,
                        """ + END + """
                        , last_change = :at, last_event_seq = :seq
                        WHERE patent_id = :id AND last_event_seq < :seq""")
                .param("id", e.patentId()).param("status", PatentStatus.GRANTED.name()).param("type", e.type().name())
                .param("number", e.patentNumber()).param("grantedOn", e.grantedOn()).param("at", EventColumns.time(e.recordedAt()))
                .param("seq", EventColumns.sequenceOf(message))
                .update();
        recordStatus(e.patentId(), message);
    }

    @EventHandler
    void on(PatentRejectedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE patent_case SET status = :status, rejected_on = :rejectedOn, ended_reason = :reason,
                            ended_at = :at,
                        """ + END + """
                        , last_change = :at, last_event_seq = :seq
                        WHERE patent_id = :id AND last_event_seq < :seq""")
                .param("id", e.patentId()).param("status", PatentStatus.REJECTED.name())
                .param("rejectedOn", e.rejectedOn()).param("reason", e.reason()).param("at", EventColumns.time(e.recordedAt()))
                .param("seq", EventColumns.sequenceOf(message))
                .update();
        recordStatus(e.patentId(), message);
    }

    @EventHandler
    void on(PatentAbandonedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE patent_case SET status = :status, ended_reason = :reason, ended_at = :at,
                        """ + END + """
                        , last_change = :at, last_event_seq = :seq
                        WHERE patent_id = :id AND last_event_seq < :seq""")
                .param("id", e.patentId()).param("status", PatentStatus.ABANDONED.name())
                .param("reason", e.reason()).param("at", EventColumns.time(e.recordedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
        recordStatus(e.patentId(), message);
    }

    /**
     * Marks the step overdue, unless the case has moved past it meanwhile (the reminder and the step
     * can cross): preparation only while nominated, filing only before filing, an answer only while
     * an office action is open.
     */
    @EventHandler
    void on(PatentStepOverdueEvent e, EventMessage<?> message) {
        String stillUndone = switch (e.step()) {
            case PREPARATION -> "status = 'NOMINATED'";
            case FILING -> "status IN ('NOMINATED', 'PREPARED')";
            case OFFICE_ACTION_RESPONSE -> "status = 'FILED' AND open_office_action IS NOT NULL";
        };
        jdbc.sql("""
                        UPDATE patent_case SET overdue_step = :step, overdue_due_at = :dueAt, last_change = :at,
                            last_event_seq = :seq
                        WHERE patent_id = :id AND last_event_seq < :seq AND\s""" + stillUndone)
                .param("id", e.patentId()).param("step", e.step().name()).param("dueAt", EventColumns.time(e.dueAt()))
                .param("at", EventColumns.time(e.recordedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
        recordStatus(e.patentId(), message);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE patent_office_action, patent_case, patent_status_history").update();
    }

    /** The case's status after this event, for the pipeline as of an instant. */
    private void recordStatus(String patentId, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO patent_status_history (patent_id, seq, status, overdue_step, recorded_at)
                        SELECT patent_id, :seq, status, overdue_step, :recorded FROM patent_case WHERE patent_id = :id
                        ON CONFLICT DO NOTHING""")
                .param("id", patentId).param("seq", EventColumns.sequenceOf(message))
                .param("recorded", EventColumns.recorded(message)).update();
    }

    /** Moves the case's sequence number and last change on; false if the event was applied already. */
    private boolean advance(String patentId, long seq, Instant at) {
        return jdbc.sql("""
                        UPDATE patent_case SET last_change = :at, last_event_seq = :seq
                        WHERE patent_id = :id AND last_event_seq < :seq""")
                .param("id", patentId).param("at", EventColumns.time(at)).param("seq", seq)
                .update() == 1;
    }

    /** The open office action is the latest unanswered one while filed; answering it clears its overdue mark. */
    private void refreshOfficeActions(String patentId) {
        jdbc.sql("""
                        UPDATE patent_case c SET
                            office_action_count = (SELECT count(*) FROM patent_office_action a WHERE a.patent_id = c.patent_id),
                            open_office_action = (SELECT a.sequence FROM patent_office_action a
                                WHERE a.patent_id = c.patent_id AND a.answered_on IS NULL AND c.status = 'FILED'
                                ORDER BY a.sequence DESC LIMIT 1),
                            open_response_due = (SELECT a.response_due FROM patent_office_action a
                                WHERE a.patent_id = c.patent_id AND a.answered_on IS NULL AND c.status = 'FILED'
                                ORDER BY a.sequence DESC LIMIT 1),
                            overdue_due_at = CASE WHEN c.overdue_step = :answer AND NOT EXISTS (""" + UNANSWERED + """
                                ) THEN NULL ELSE c.overdue_due_at END,
                            overdue_step = CASE WHEN c.overdue_step = :answer AND NOT EXISTS (""" + UNANSWERED + """
                                ) THEN NULL ELSE c.overdue_step END
                        WHERE c.patent_id = :id""")
                .param("id", patentId).param("answer", PatentStep.OFFICE_ACTION_RESPONSE.name())
                .update();
    }

    private static List<String> steps(PatentStep... steps) {
        return Arrays.stream(steps).map(Enum::name).toList();
    }
}
