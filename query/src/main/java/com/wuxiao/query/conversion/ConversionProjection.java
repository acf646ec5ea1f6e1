package com.wuxiao.query.conversion;

import com.wuxiao.command.conversion.api.AdoptionDeclinedEvent;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.ConversionMilestoneOverdueEvent;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.command.conversion.api.TrialEndedEvent;
import com.wuxiao.command.conversion.api.TrialStartedEvent;
import com.wuxiao.query.conversion.api.ConversionStatus;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

import static com.wuxiao.command.conversion.api.ConversionMilestone.ADOPTION_DECISION;
import static com.wuxiao.command.conversion.api.ConversionMilestone.BENEFIT_REPORT_12_MONTHS;
import static com.wuxiao.command.conversion.api.ConversionMilestone.BENEFIT_REPORT_3_MONTHS;
import static com.wuxiao.command.conversion.api.ConversionMilestone.TRIAL_END;
import static com.wuxiao.command.conversion.api.ConversionMilestone.TRIAL_START;

/**
 * Conversion to production: one row per conversion (a result handed over to one unit) and its
 * benefit reports.
 * <p>
 * Idempotent and order-safe: a conversion row remembers the aggregate sequence number of the last
 * event applied and changes only for a later one; a benefit report is written only when its event
 * passes that check. A redelivered event therefore changes nothing, and a replay gives the same
 * rows (every time comes from the events). The latest benefit is read from the reports, not stored.
 */
@Component
@ProcessingGroup(ConversionProjection.PROCESSING_GROUP)
public class ConversionProjection {

    public static final String PROCESSING_GROUP = "conversion-projection";

    /** Clears the overdue milestone if it is one of {@code :done}. */
    private static final String CLEAR_DONE = """
            overdue_due_on = CASE WHEN overdue_milestone IN (:done) THEN NULL ELSE overdue_due_on END,
            overdue_milestone = CASE WHEN overdue_milestone IN (:done) THEN NULL ELSE overdue_milestone END""";

    private final JdbcClient jdbc;

    public ConversionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ResultHandedOverEvent e, EventMessage<?> message) {
        PlannedMilestones planned = e.planned();
        jdbc.sql("""
                        INSERT INTO conversion_case (conversion_id, proposal_id, title, result_unit_id, receiving_unit_id,
                            owner_id, planned_trial_start, planned_trial_end, planned_adoption_decision, awarded_at,
                            handed_over_by, handed_over_at, status, last_change, last_event_seq)
                        VALUES (:id, :proposal, :title, :resultUnit, :receivingUnit, :owner, :trialStart, :trialEnd,
                            :decision, :awardedAt, :by, :at, :status, :at, :seq)
                        ON CONFLICT (conversion_id) DO NOTHING""")
                .param("id", e.conversionId()).param("proposal", e.proposalId()).param("title", e.title())
                .param("resultUnit", e.resultUnitId()).param("receivingUnit", e.receivingUnitId())
                .param("owner", e.ownerId())
                .param("trialStart", planned == null ? null : planned.trialStart())
                .param("trialEnd", planned == null ? null : planned.trialEnd())
                .param("decision", planned == null ? null : planned.adoptionDecision())
                .param("awardedAt", EventColumns.time(e.awardedAt())).param("by", e.handedOverBy()).param("at", EventColumns.time(e.handedOverAt()))
                .param("status", ConversionStatus.HANDED_OVER.name()).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(TrialStartedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE conversion_case SET status = :status, trial_started_on = :startedOn,
                        """ + CLEAR_DONE + """
                        , last_change = :at, last_event_seq = :seq
                        WHERE conversion_id = :id AND last_event_seq < :seq""")
                .param("id", e.conversionId()).param("status", ConversionStatus.IN_TRIAL.name())
                .param("startedOn", e.startedOn()).param("done", names(TRIAL_START))
                .param("at", EventColumns.time(e.recordedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(TrialEndedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE conversion_case SET status = :status, trial_ended_on = :endedOn, trial_summary = :summary,
                        """ + CLEAR_DONE + """
                        , last_change = :at, last_event_seq = :seq
                        WHERE conversion_id = :id AND last_event_seq < :seq""")
                .param("id", e.conversionId()).param("status", ConversionStatus.TRIAL_ENDED.name())
                .param("endedOn", e.endedOn()).param("summary", e.summary())
                .param("done", names(TRIAL_START, TRIAL_END))
                .param("at", EventColumns.time(e.recordedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(ResultAdoptedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE conversion_case SET status = :status, replication = :replication, decided_by = :by,
                            adopted_at = :at,
                        """ + CLEAR_DONE + """
                        , last_change = :at, last_event_seq = :seq
                        WHERE conversion_id = :id AND last_event_seq < :seq""")
                .param("id", e.conversionId()).param("status", ConversionStatus.ADOPTED.name())
                .param("replication", e.replication()).param("by", e.decidedBy())
                .param("done", names(TRIAL_START, TRIAL_END, ADOPTION_DECISION))
                .param("at", EventColumns.time(e.adoptedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(AdoptionDeclinedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE conversion_case SET status = :status, declined_reason = :reason, decided_by = :by,
                            declined_at = :at, overdue_milestone = NULL, overdue_due_on = NULL,
                            last_change = :at, last_event_seq = :seq
                        WHERE conversion_id = :id AND last_event_seq < :seq""")
                .param("id", e.conversionId()).param("status", ConversionStatus.DECLINED.name())
                .param("reason", e.reason()).param("by", e.decidedBy())
                .param("at", EventColumns.time(e.decidedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    /** A later report of the same months (a correction) replaces the earlier one. */
    @EventHandler
    void on(BenefitReportedEvent e, EventMessage<?> message) {
        List<String> done = e.monthsAfterAdoption() >= 12 ? names(BENEFIT_REPORT_3_MONTHS, BENEFIT_REPORT_12_MONTHS)
                : e.monthsAfterAdoption() >= 3 ? names(BENEFIT_REPORT_3_MONTHS) : List.of("");
        int advanced = jdbc.sql("""
                        UPDATE conversion_case SET
                        """ + CLEAR_DONE + """
                        , last_change = :at, last_event_seq = :seq
                        WHERE conversion_id = :id AND last_event_seq < :seq""")
                .param("id", e.conversionId()).param("done", done)
                .param("at", EventColumns.time(e.reportedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
        if (advanced == 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO conversion_benefit_report (conversion_id, months_after_adoption, cny_saved_per_year,
                            safety_incidents_avoided, hours_saved, reported_by, reported_at)
                        VALUES (:id, :months, :cny, :incidents, :hours, :by, :at)
                        ON CONFLICT (conversion_id, months_after_adoption) DO UPDATE SET
                            cny_saved_per_year = :cny, safety_incidents_avoided = :incidents, hours_saved = :hours,
                            reported_by = :by, reported_at = :at""")
                .param("id", e.conversionId()).param("months", e.monthsAfterAdoption())
                .param("cny", e.cnySavedPerYear()).param("incidents", e.safetyIncidentsAvoided())
                .param("hours", e.hoursSaved()).param("by", e.reportedBy()).param("at", EventColumns.time(e.reportedAt()))
                .update();
    }

    /**
     * Marks the milestone overdue, unless the conversion has moved past it meanwhile (the reminder
     * and the step can cross, and a declined conversion has nothing left to do).
     */
    @EventHandler
    void on(ConversionMilestoneOverdueEvent e, EventMessage<?> message) {
        String stillUndone = switch (e.milestone()) {
            case TRIAL_START -> "status = 'HANDED_OVER'";
            case TRIAL_END -> "status IN ('HANDED_OVER', 'IN_TRIAL')";
            case ADOPTION_DECISION -> "status IN ('HANDED_OVER', 'IN_TRIAL', 'TRIAL_ENDED')";
            case BENEFIT_REPORT_3_MONTHS -> reportMissing(3);
            case BENEFIT_REPORT_12_MONTHS -> reportMissing(12);
        };
        jdbc.sql("""
                        UPDATE conversion_case c SET overdue_milestone = :milestone, overdue_due_on = :dueOn,
                            last_change = :at, last_event_seq = :seq
                        WHERE c.conversion_id = :id AND c.last_event_seq < :seq AND\s""" + stillUndone)
                .param("id", e.conversionId()).param("milestone", e.milestone().name()).param("dueOn", e.dueOn())
                .param("at", EventColumns.time(e.recordedAt())).param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE conversion_benefit_report, conversion_case").update();
    }

    private static String reportMissing(int months) {
        return "status = 'ADOPTED' AND NOT EXISTS (SELECT 1 FROM conversion_benefit_report r "
               + "WHERE r.conversion_id = c.conversion_id AND r.months_after_adoption >= " + months + ")";
    }

    private static List<String> names(ConversionMilestone... milestones) {
        return Arrays.stream(milestones).map(Enum::name).toList();
    }
}
