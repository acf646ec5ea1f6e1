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
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Records the facts the conversion funnel counts (see V18__funnel_projection.sql). Idempotent: every
 * write is an insert that ignores a row already there or an update that sets the same values again;
 * a benefit report replaces the figures only with a report of as many months or more.
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
    void on(ProposalSubmittedEvent e) {
        jdbc.sql("""
                        INSERT INTO funnel_proposal (proposal_id, unit_id, submitted_at) VALUES (:id, :unit, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", e.proposalId()).param("unit", e.unitId()).param("at", EventColumns.time(e.submittedAt())).update();
    }

    @EventHandler
    void on(ProposalAcceptedEvent e) {
        jdbc.sql("INSERT INTO funnel_accepted (proposal_id, accepted_at) VALUES (:id, :at) ON CONFLICT DO NOTHING")
                .param("id", e.proposalId()).param("at", EventColumns.time(e.acceptedAt())).update();
    }

    @EventHandler
    void on(RoundFinalisedEvent e) {
        for (RankedProposal result : e.results()) {
            if (result.grade() != Grade.NONE) {
                jdbc.sql("""
                                INSERT INTO funnel_awarded (proposal_id, unit_id, awarded_at) VALUES (:id, :unit, :at)
                                ON CONFLICT DO NOTHING""")
                        .param("id", result.proposalId()).param("unit", result.unitId())
                        .param("at", EventColumns.time(e.finalisedAt())).update();
            }
        }
    }

    @EventHandler
    void on(PatentFiledEvent e) {
        jdbc.sql("""
                        INSERT INTO funnel_patent (patent_id, proposal_id, unit_id, filed_at) VALUES (:id, :proposal, :unit, :at)
                        ON CONFLICT (patent_id) DO UPDATE SET filed_at = :at""")
                .param("id", e.patentId()).param("proposal", e.proposalId()).param("unit", e.unitId())
                .param("at", startOf(e.filedOn())).update();
    }

    @EventHandler
    void on(PatentGrantedEvent e) {
        jdbc.sql("""
                        INSERT INTO funnel_patent (patent_id, proposal_id, unit_id, granted_at) VALUES (:id, :proposal, :unit, :at)
                        ON CONFLICT (patent_id) DO UPDATE SET granted_at = :at""")
                .param("id", e.patentId()).param("proposal", e.proposalId()).param("unit", e.unitId())
                .param("at", startOf(e.grantedOn())).update();
    }

    @EventHandler
    void on(ResultHandedOverEvent e) {
        jdbc.sql("""
                        INSERT INTO funnel_conversion (conversion_id, proposal_id, unit_id, handed_over_at, awarded_at)
                        VALUES (:id, :proposal, :unit, :at, :awarded)
                        ON CONFLICT (conversion_id) DO UPDATE SET handed_over_at = :at, awarded_at = :awarded""")
                .param("id", e.conversionId()).param("proposal", e.proposalId()).param("unit", e.resultUnitId())
                .param("at", EventColumns.time(e.handedOverAt())).param("awarded", EventColumns.time(e.awardedAt())).update();
    }

    @EventHandler
    void on(ResultAdoptedEvent e) {
        jdbc.sql("""
                        INSERT INTO funnel_conversion (conversion_id, proposal_id, unit_id, awarded_at, adopted_at)
                        VALUES (:id, :proposal, :unit, :awarded, :at)
                        ON CONFLICT (conversion_id) DO UPDATE SET awarded_at = :awarded, adopted_at = :at""")
                .param("id", e.conversionId()).param("proposal", e.proposalId()).param("unit", e.resultUnitId())
                .param("awarded", EventColumns.time(e.awardedAt())).param("at", EventColumns.time(e.adoptedAt())).update();
    }

    @EventHandler
    void on(BenefitReportedEvent e) {
        jdbc.sql("""
                        INSERT INTO funnel_conversion (conversion_id, proposal_id, unit_id, benefit_months,
                            cny_saved_per_year, incidents_avoided, hours_saved)
                        VALUES (:id, :proposal, :unit, :months, :cny, :incidents, :hours)
                        ON CONFLICT (conversion_id) DO UPDATE SET benefit_months = :months, cny_saved_per_year = :cny,
                            incidents_avoided = :incidents, hours_saved = :hours
                        WHERE funnel_conversion.benefit_months IS NULL OR funnel_conversion.benefit_months <= :months""")
                .param("id", e.conversionId()).param("proposal", e.proposalId()).param("unit", e.resultUnitId())
                .param("months", e.monthsAfterAdoption()).param("cny", e.cnySavedPerYear())
                .param("incidents", e.safetyIncidentsAvoided()).param("hours", e.hoursSaved()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE funnel_proposal, funnel_accepted, funnel_awarded, funnel_patent, funnel_conversion").update();
    }

    /** A patent counts on the day of filing or grant, as its points do, not the day it was recorded. */
    private static OffsetDateTime startOf(LocalDate day) {
        return EventColumns.time(day.atStartOfDay(Period.ZONE).toInstant());
    }
}
