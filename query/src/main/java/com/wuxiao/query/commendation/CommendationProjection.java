package com.wuxiao.query.commendation;

import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.commendation.api.CommendationConfirmedEvent;
import com.wuxiao.command.commendation.api.CraftsmanConferredEvent;
import com.wuxiao.command.commendation.api.CommendationDraftedEvent;
import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.ResultRecommendedEvent;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.UnitHeadcountsSetEvent;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.query.period.api.Period;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The year's commendation lists as drafted and confirmed, the recommendations, and what the
 * standings need (headcounts, submitters, awards, adoptions). Every handler is idempotent: inserts
 * ignore a row already there, and a draft replaces the lists only if its event is newer than the
 * last one applied.
 */
@Component
@ProcessingGroup(CommendationProjection.PROCESSING_GROUP)
public class CommendationProjection {

    public static final String PROCESSING_GROUP = "commendation-projection";

    private final JdbcClient jdbc;

    public CommendationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each set replaces the year's headcounts; every set is kept, for the standings as of an instant. */
    @EventHandler
    void on(UnitHeadcountsSetEvent e, EventMessage<?> message) {
        int year = Integer.parseInt(e.yearId());
        e.headcounts().forEach((unit, headcount) -> jdbc.sql("""
                        INSERT INTO commendation_headcount (year, unit_id, headcount, recorded_at)
                        VALUES (:year, :unit, :headcount, :recorded) ON CONFLICT DO NOTHING""")
                .param("year", year).param("unit", unit).param("headcount", headcount)
                .param("recorded", EventColumns.recorded(message)).update());
    }

    @EventHandler
    void on(ProposalSubmittedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO commendation_submission (proposal_id, unit_id, competition_year, submitter_id,
                            recorded_at)
                        VALUES (:id, :unit, :year, :submitter, :recorded) ON CONFLICT DO NOTHING""")
                .param("id", e.proposalId()).param("unit", e.unitId()).param("year", e.competitionYear())
                .param("submitter", e.submitterId()).param("recorded", EventColumns.recorded(message)).update();
    }

    @EventHandler
    void on(RoundFinalisedEvent e, EventMessage<?> message) {
        int year = yearOf(e.finalisedAt());
        for (RankedProposal result : e.results()) {
            if (result.grade() != Grade.NONE) {
                jdbc.sql("""
                                INSERT INTO commendation_award (proposal_id, round_id, unit_id, year, recorded_at)
                                VALUES (:id, :round, :unit, :year, :recorded) ON CONFLICT DO NOTHING""")
                        .param("id", result.proposalId()).param("round", e.roundId()).param("unit", result.unitId())
                        .param("year", year).param("recorded", EventColumns.recorded(message)).update();
            }
        }
    }

    /**
     * A unit's result converted (its first adoption) counts for that unit in the year it happened;
     * replications to further units are not conversions of their own (the V17 comment predates this).
     */
    @EventHandler
    void on(ResultAdoptedEvent e, EventMessage<?> message) {
        if (e.replication()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO commendation_adoption (conversion_id, unit_id, year, recorded_at)
                        VALUES (:id, :unit, :year, :recorded) ON CONFLICT DO NOTHING""")
                .param("id", e.conversionId()).param("unit", e.resultUnitId()).param("year", yearOf(e.adoptedAt()))
                .param("recorded", EventColumns.recorded(message)).update();
    }

    @EventHandler
    void on(CommendationDraftedEvent e, EventMessage<?> message) {
        long seq = EventColumns.sequenceOf(message);
        int changed = jdbc.sql("""
                        INSERT INTO commendation_view (year, status, drafted_by, drafted_at, last_event_seq)
                        VALUES (:year, 'DRAFTED', :by, :at, :seq)
                        ON CONFLICT (year) DO UPDATE SET status = 'DRAFTED', drafted_by = :by, drafted_at = :at,
                            last_event_seq = :seq
                        WHERE commendation_view.last_event_seq < :seq""")
                .param("year", e.year()).param("by", e.draftedBy()).param("at", EventColumns.time(e.draftedAt()))
                .param("seq", seq).update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("DELETE FROM commendation_worker WHERE year = :year").param("year", e.year()).update();
        jdbc.sql("DELETE FROM commendation_unit WHERE year = :year").param("year", e.year()).update();
        List<CommendedWorker> workers = e.workers();
        for (int i = 0; i < workers.size(); i++) {
            CommendedWorker w = workers.get(i);
            jdbc.sql("""
                            INSERT INTO commendation_worker (year, position, rank, worker_id, unit_id, points)
                            VALUES (:year, :position, :rank, :worker, :unit, :points)""")
                    .param("year", e.year()).param("position", i).param("rank", w.rank())
                    .param("worker", w.workerId()).param("unit", w.unitId()).param("points", w.points()).update();
        }
        List<UnitScore> units = e.units();
        for (int i = 0; i < units.size(); i++) {
            UnitScore u = units.get(i);
            jdbc.sql("""
                            INSERT INTO commendation_unit (year, position, rank, unit_id, participation_rate,
                                awards_per_100, adoptions, composite, commended)
                            VALUES (:year, :position, :rank, :unit, :rate, :per100, :adoptions, :composite, :commended)""")
                    .param("year", e.year()).param("position", i).param("rank", u.rank()).param("unit", u.unitId())
                    .param("rate", u.participationRate()).param("per100", u.awardsPer100())
                    .param("adoptions", u.adoptions()).param("composite", u.composite())
                    .param("commended", u.commended()).update();
        }
    }

    @EventHandler
    void on(CommendationConfirmedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE commendation_view SET status = 'CONFIRMED', confirmed_by = :by, confirmed_at = :at,
                            last_event_seq = :seq
                        WHERE year = :year AND last_event_seq < :seq""")
                .param("year", e.year()).param("by", e.confirmedBy()).param("at", EventColumns.time(e.confirmedAt()))
                .param("seq", EventColumns.sequenceOf(message)).update();
    }

    @EventHandler
    void on(ResultRecommendedEvent e) {
        jdbc.sql("""
                        INSERT INTO commendation_recommendation (year, proposal_id, title, unit_id, grade, note,
                            recommended_by, recommended_at)
                        VALUES (:year, :id, :title, :unit, :grade, :note, :by, :at) ON CONFLICT DO NOTHING""")
                .param("year", e.year()).param("id", e.proposalId()).param("title", e.title())
                .param("unit", e.unitId()).param("grade", e.grade().name()).param("note", e.note())
                .param("by", e.recommendedBy()).param("at", EventColumns.time(e.recommendedAt())).update();
    }

    @EventHandler
    void on(CraftsmanConferredEvent e) {
        jdbc.sql("""
                        INSERT INTO commendation_craftsman (year, worker_id, unit_id, citation, conferred_by, conferred_at)
                        VALUES (:year, :worker, :unit, :citation, :by, :at)
                        ON CONFLICT (year, worker_id) DO NOTHING""")
                .param("year", e.year()).param("worker", e.workerId()).param("unit", e.unitId())
                .param("citation", e.citation()).param("by", e.conferredBy())
                .param("at", EventColumns.time(e.conferredAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE commendation_headcount, commendation_submission, commendation_award, commendation_adoption,
                    commendation_worker, commendation_unit, commendation_view, commendation_recommendation,
                    commendation_craftsman""").update();
    }

    static int yearOf(Instant instant) {
        return instant.atZone(Period.ZONE).getYear();
    }
}
