package com.wuxiao.query.funnel;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentGrantedEvent;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.query.period.api.Period;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Records the facts the conversion funnel counts (see V18__funnel_projection.sql), each with the time
 * its event was recorded (V34), so that the funnel can be asked as of an instant. Idempotent: every
 * write is an insert that ignores a row already there or an update that sets the same values again;
 * every benefit report is kept.
 */
@Component
@ProcessingGroup(FunnelProjection.PROCESSING_GROUP)
public class FunnelProjection {

    public static final String PROCESSING_GROUP = "funnel-projection";

    private final JdbcClient jdbc;

    public FunnelProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProposalSubmittedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO funnel_proposal (proposal_id, unit_id, submitted_at, recorded_at)
                        VALUES (:id, :unit, :at, :recorded)
                        ON CONFLICT DO NOTHING""")
                .param("id", e.proposalId()).param("unit", e.unitId()).param("at", EventColumns.time(e.submittedAt()))
                .param("recorded", EventColumns.recorded(message)).update();
    }

    @EventHandler
    void on(ProposalAcceptedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO funnel_accepted (proposal_id, accepted_at, recorded_at) VALUES (:id, :at, :recorded)
                        ON CONFLICT DO NOTHING""")
                .param("id", e.proposalId()).param("at", EventColumns.time(e.acceptedAt()))
                .param("recorded", EventColumns.recorded(message)).update();
    }

    @EventHandler
    void on(RoundFinalisedEvent e, EventMessage<?> message) {
        for (RankedProposal result : e.results()) {
            if (result.grade() != Grade.NONE) {
                jdbc.sql("""
                                INSERT INTO funnel_awarded (proposal_id, unit_id, awarded_at, recorded_at)
                                VALUES (:id, :unit, :at, :recorded)
                                ON CONFLICT DO NOTHING""")
                        .param("id", result.proposalId()).param("unit", result.unitId())
                        .param("at", EventColumns.time(e.finalisedAt())).param("recorded", EventColumns.recorded(message))
                        .update();
            }
        }
    }

    @EventHandler
    void on(PatentFiledEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO funnel_patent (patent_id, proposal_id, unit_id, filed_at, filed_recorded_at)
                        VALUES (:id, :proposal, :unit, :at, :recorded)
                        ON CONFLICT (patent_id) DO UPDATE SET filed_at = :at, filed_recorded_at = :recorded""")
                .param("id", e.patentId()).param("proposal", e.proposalId()).param("unit", e.unitId())
                .param("at", startOf(e.filedOn())).param("recorded", EventColumns.recorded(message)).update();
    }

    @EventHandler
    void on(PatentGrantedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO funnel_patent (patent_id, proposal_id, unit_id, granted_at, granted_recorded_at)
                        VALUES (:id, :proposal, :unit, :at, :recorded)
                        ON CONFLICT (patent_id) DO UPDATE SET granted_at = :at, granted_recorded_at = :recorded""")
                .param("id", e.patentId()).param("proposal", e.proposalId()).param("unit", e.unitId())
                .param("at", startOf(e.grantedOn())).param("recorded", EventColumns.recorded(message)).update();
    }

    @EventHandler
    void on(ResultHandedOverEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO funnel_conversion (conversion_id, proposal_id, unit_id, handed_over_at, awarded_at,
                            handed_over_recorded_at)
                        VALUES (:id, :proposal, :unit, :at, :awarded, :recorded)
                        ON CONFLICT (conversion_id) DO UPDATE SET handed_over_at = :at, awarded_at = :awarded,
                            handed_over_recorded_at = :recorded""")
                .param("id", e.conversionId()).param("proposal", e.proposalId()).param("unit", e.resultUnitId())
                .param("at", EventColumns.time(e.handedOverAt())).param("awarded", EventColumns.time(e.awardedAt()))
                .param("recorded", EventColumns.recorded(message)).update();
    }

    @EventHandler
    void on(ResultAdoptedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO funnel_conversion (conversion_id, proposal_id, unit_id, awarded_at, adopted_at,
                            adopted_recorded_at)
                        VALUES (:id, :proposal, :unit, :awarded, :at, :recorded)
                        ON CONFLICT (conversion_id) DO UPDATE SET awarded_at = :awarded, adopted_at = :at,
                            adopted_recorded_at = :recorded""")
                .param("id", e.conversionId()).param("proposal", e.proposalId()).param("unit", e.resultUnitId())
                .param("awarded", EventColumns.time(e.awardedAt())).param("at", EventColumns.time(e.adoptedAt()))
                .param("recorded", EventColumns.recorded(message)).update();
    }

    /**
     * Every report is kept, a correction (the same months reported again) too: as of an instant, the
     * latest one recorded by then is the measured benefit.
     */
    @EventHandler
    void on(BenefitReportedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO funnel_benefit (event_id, conversion_id, months, cny_saved_per_year,
                            incidents_avoided, hours_saved, recorded_at)
                        VALUES (:event, :id, :months, :cny, :incidents, :hours, :recorded)
                        ON CONFLICT DO NOTHING""")
                .param("event", message.getIdentifier()).param("id", e.conversionId())
                .param("months", e.monthsAfterAdoption()).param("cny", e.cnySavedPerYear())
                .param("incidents", e.safetyIncidentsAvoided()).param("hours", e.hoursSaved())
                .param("recorded", EventColumns.recorded(message)).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE funnel_proposal, funnel_accepted, funnel_awarded, funnel_patent, funnel_conversion,
                    funnel_benefit""").update();
    }

    /** A patent counts on the day of filing or grant, as its points do, not the day it was recorded. */
    private static OffsetDateTime startOf(LocalDate day) {
        return EventColumns.time(day.atStartOfDay(Period.ZONE).toInstant());
    }
}
