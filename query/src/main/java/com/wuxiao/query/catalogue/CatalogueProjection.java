package com.wuxiao.query.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.catalogue.api.MeetingInterestRecordedEvent;
import com.wuxiao.command.catalogue.api.MeetingScheduledEvent;
import com.wuxiao.command.catalogue.api.ResultRequestAcceptedEvent;
import com.wuxiao.command.catalogue.api.ResultRequestDeclinedEvent;
import com.wuxiao.command.catalogue.api.ResultRequestedEvent;
import com.wuxiao.command.conversion.api.AdoptionFeedbackGivenEvent;
import com.wuxiao.query.catalogue.api.ResultRequestStatus;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The pull side of conversion: result requests, promotion meetings and adopters' feedback. The
 * catalogue's results themselves are read from the proposal, patent and conversion read models.
 *
 * <p>Idempotent: rows move only forward in their aggregate's sequence; feedback is keyed by its event.
 */
@Component
@ProcessingGroup(CatalogueProjection.PROCESSING_GROUP)
public class CatalogueProjection {

    public static final String PROCESSING_GROUP = "catalogue-projection";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public CatalogueProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The first request, or a new one after a decline: the row starts over as PENDING. */
    @EventHandler
    void on(ResultRequestedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO result_request_view (request_id, proposal_id, title, result_unit_id, unit_id, owner_id,
                            note, meeting_id, status, requested_by, requested_at, last_event_seq)
                        VALUES (:id, :proposal, :title, :resultUnit, :unit, :owner, :note, :meeting, :status, :by, :at, :seq)
                        ON CONFLICT (request_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, note = EXCLUDED.note,
                            meeting_id = EXCLUDED.meeting_id, status = EXCLUDED.status,
                            requested_by = EXCLUDED.requested_by, requested_at = EXCLUDED.requested_at,
                            decided_by = NULL, decided_at = NULL, decline_reason = NULL, conversion_id = NULL,
                            last_event_seq = EXCLUDED.last_event_seq
                        WHERE result_request_view.last_event_seq < EXCLUDED.last_event_seq""")
                .param("id", e.requestId()).param("proposal", e.proposalId()).param("title", e.title())
                .param("resultUnit", e.resultUnitId()).param("unit", e.unitId()).param("owner", e.ownerId())
                .param("note", e.note()).param("meeting", e.meetingId())
                .param("status", ResultRequestStatus.PENDING.name()).param("by", e.requestedBy())
                .param("at", EventColumns.time(e.requestedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(ResultRequestAcceptedEvent e, EventMessage<?> message) {
        decide(e.requestId(), ResultRequestStatus.ACCEPTED, e.acceptedBy(), e.acceptedAt(), null, e.conversionId(),
                message);
    }

    @EventHandler
    void on(ResultRequestDeclinedEvent e, EventMessage<?> message) {
        decide(e.requestId(), ResultRequestStatus.DECLINED, e.declinedBy(), e.declinedAt(), e.reason(), null, message);
    }

    private void decide(String requestId, ResultRequestStatus status, String by, Instant at, String reason,
                        String conversionId, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE result_request_view SET status = :status, decided_by = :by, decided_at = :at,
                            decline_reason = :reason, conversion_id = :conversion, last_event_seq = :seq
                        WHERE request_id = :id AND last_event_seq < :seq""")
                .param("id", requestId).param("status", status.name()).param("by", by)
                .param("at", EventColumns.time(at)).param("reason", reason).param("conversion", conversionId)
                .param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(MeetingScheduledEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO promotion_meeting_view (meeting_id, title, held_on, place, results, invited_owner_ids,
                            scheduled_by, scheduled_at, last_event_seq)
                        VALUES (:id, :title, :heldOn, :place, CAST(:results AS JSONB), CAST(:owners AS JSONB), :by, :at,
                            :seq)
                        ON CONFLICT (meeting_id) DO NOTHING""")
                .param("id", e.meetingId()).param("title", e.title()).param("heldOn", e.heldOn())
                .param("place", e.place()).param("results", write(e.results()))
                .param("owners", write(e.invitedOwnerIds())).param("by", e.scheduledBy())
                .param("at", EventColumns.time(e.scheduledAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(MeetingInterestRecordedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE promotion_meeting_view SET interests = CAST(:interests AS JSONB),
                            interest_recorded_at = :at, last_event_seq = :seq
                        WHERE meeting_id = :id AND last_event_seq < :seq""")
                .param("id", e.meetingId()).param("interests", write(e.interests()))
                .param("at", EventColumns.time(e.recordedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(AdoptionFeedbackGivenEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO adoption_feedback_view (event_id, conversion_id, proposal_id, receiving_unit_id,
                            worked, changed, given_by, given_at)
                        VALUES (:event, :conversion, :proposal, :unit, :worked, :changed, :by, :at)
                        ON CONFLICT (event_id) DO NOTHING""")
                .param("event", message.getIdentifier()).param("conversion", e.conversionId())
                .param("proposal", e.proposalId()).param("unit", e.receivingUnitId()).param("worked", e.worked())
                .param("changed", e.changed()).param("by", e.givenBy()).param("at", EventColumns.time(e.givenAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE result_request_view, promotion_meeting_view, adoption_feedback_view").update();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }
}
