package com.wuxiao.query.leaderboard;

import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.CompetitionYearConfiguredEvent;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardChanged;
import com.wuxiao.query.leaderboard.api.LedgerEntryKind;
import com.wuxiao.query.period.api.Period;
import com.wuxiao.query.projection.EventColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the points and rewards ledger and the leaderboards' tables up to date, and tells live
 * leaderboard subscribers ({@link FindLeaderboardQuery}) when a period of theirs changed.
 * <p>
 * Sources: the command side's earnings, already split by share and placed in a unit: the
 * {@link PointsEarnedEvent}s (acceptance at screening, patents, adoption, replication) and the
 * round's {@link PointsAwardedEvent} and {@link RewardGrantedEvent}. Points and money belong to the
 * month, quarter and year of the earning event (Beijing time).
 * <p>
 * Idempotent: ledger rows are unique per (event, worker), award rows per (round, proposal); proposal
 * rows only take events past their last sequence number, category names only a configuration as
 * recent as theirs. Order-independent across aggregates, so that the pooled processor may handle
 * them in parallel segments: each row is written from one event alone, and the boards join ledger,
 * awards, proposals and category names only when read.
 */
@Component
@ProcessingGroup(LeaderboardProjection.PROCESSING_GROUP)
public class LeaderboardProjection {

    public static final String PROCESSING_GROUP = "leaderboard-projection";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter updates;

    public LeaderboardProjection(JdbcClient jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    // --- what the ledger needs to know ---------------------------------------------------------

    /** Category names for the category board; the latest configuration of the year wins. */
    @EventHandler
    void on(CompetitionYearConfiguredEvent e) {
        YearConfig config = e.config();
        for (Category category : config.categories()) {
            jdbc.sql("""
                            INSERT INTO leaderboard_category (year, code, name, configured_at)
                            VALUES (:year, :code, :name, :at)
                            ON CONFLICT (year, code) DO UPDATE SET name = EXCLUDED.name,
                                configured_at = EXCLUDED.configured_at
                            WHERE leaderboard_category.configured_at <= EXCLUDED.configured_at""")
                    .param("year", config.year())
                    .param("code", category.code())
                    .param("name", category.name())
                    .param("at", timestamp(e.configuredAt()))
                    .update();
        }
    }

    /** The proposal's unit and category: what the unit and category boards count its entries for. */
    @EventHandler
    void on(ProposalSubmittedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO leaderboard_proposal (proposal_id, unit_id, category_code, last_event_seq)
                        VALUES (:id, :unit, :category, :seq)
                        ON CONFLICT (proposal_id) DO NOTHING""")
                .param("id", e.proposalId())
                .param("unit", e.unitId())
                .param("category", e.content().categoryCode())
                .param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    @EventHandler
    void on(ProposalRevisedEvent e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE leaderboard_proposal SET category_code = :category, last_event_seq = :seq
                        WHERE proposal_id = :id AND last_event_seq < :seq""")
                .param("id", e.proposalId())
                .param("category", e.content().categoryCode())
                .param("seq", EventColumns.sequenceOf(message))
                .update();
    }

    // --- earning events -------------------------------------------------------------------------

    @EventHandler
    void on(PointsAwardedEvent e, EventMessage<?> message, ReplayStatus replay) {
        int inserted = ledger(message, e.workerId(), LedgerEntryKind.AWARD_POINTS, e.proposalId(),
                e.roundId(), e.grade() == null ? null : e.grade().name(), e.workerUnitId(), e.share(), e.points(), 0,
                e.awardedAt());
        if (inserted > 0) {
            notifySubscribers(keysOf(e.awardedAt()), replay);
        }
    }

    @EventHandler
    void on(RewardGrantedEvent e, EventMessage<?> message, ReplayStatus replay) {
        int inserted = ledger(message, e.workerId(), LedgerEntryKind.REWARD, e.proposalId(),
                e.roundId(), e.grade() == null ? null : e.grade().name(), e.workerUnitId(), e.share(),
                BigDecimal.ZERO.setScale(2), e.amountFen(), e.grantedAt());
        if (inserted > 0) {
            notifySubscribers(keysOf(e.grantedAt()), replay);
        }
    }

    /** Points of an acceptance, a patent, an adoption or a replication, already split, for the worker's unit. */
    @EventHandler
    void on(PointsEarnedEvent e, EventMessage<?> message, ReplayStatus replay) {
        int inserted = ledger(message, e.workerId(), LedgerEntryKind.valueOf(e.reason().name()),
                e.proposalId(), null, null, e.workerUnitId(), e.share(), e.points(), 0, e.earnedAt());
        if (inserted > 0) {
            notifySubscribers(keysOf(e.earnedAt()), replay);
        }
    }

    /** Every grade of the round, NONE included: awarded counts per unit and category. */
    @EventHandler
    void on(RoundFinalisedEvent e, EventMessage<?> message, ReplayStatus replay) {
        int inserted = 0;
        for (RankedProposal result : e.results()) {
            inserted += jdbc.sql("""
                            INSERT INTO leaderboard_award (round_id, proposal_id, unit_id, grade, finalised_at,
                                month_key, quarter_key, year_key, recorded_at)
                            VALUES (:round, :proposal, :unit, :grade, :at, :month, :quarter, :year, :recorded)
                            ON CONFLICT DO NOTHING""")
                    .param("round", e.roundId())
                    .param("proposal", result.proposalId())
                    .param("unit", result.unitId())
                    .param("grade", result.grade().name())
                    .param("at", timestamp(e.finalisedAt()))
                    .param("month", Period.of(Period.Kind.MONTH, e.finalisedAt()).key())
                    .param("quarter", Period.of(Period.Kind.QUARTER, e.finalisedAt()).key())
                    .param("year", Period.of(Period.Kind.YEAR, e.finalisedAt()).key())
                    .param("recorded", EventColumns.recorded(message))
                    .update();
        }
        if (inserted > 0) {
            notifySubscribers(keysOf(e.finalisedAt()), replay);
        }
    }

    /** Empties the read model so a replay rebuilds it from the first event. */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM points_ledger").update();
        jdbc.sql("DELETE FROM leaderboard_award").update();
        jdbc.sql("DELETE FROM leaderboard_proposal").update();
        jdbc.sql("DELETE FROM leaderboard_category").update();
    }

    // --- helpers --------------------------------------------------------------------------------

    /** One ledger row; {@code at} places it in its periods, the event's timestamp is when it became known. */
    private int ledger(EventMessage<?> message, String workerId, LedgerEntryKind kind, String proposalId, String roundId,
                       String grade, String unitId, int share, BigDecimal points, long rewardFen, Instant at) {
        return jdbc.sql("""
                        INSERT INTO points_ledger (event_id, worker_id, kind, proposal_id, round_id, grade, unit_id,
                            share, points, reward_fen, occurred_at, month_key, quarter_key, year_key, recorded_at)
                        VALUES (:event, :worker, :kind, :proposal, :round, :grade, :unit, :share, :points, :reward,
                            :at, :month, :quarter, :year, :recorded)
                        ON CONFLICT DO NOTHING""")
                .param("event", message.getIdentifier())
                .param("worker", workerId)
                .param("kind", kind.name())
                .param("proposal", proposalId)
                .param("round", roundId)
                .param("grade", grade)
                .param("unit", unitId)
                .param("share", share)
                .param("points", points, java.sql.Types.NUMERIC)
                .param("reward", rewardFen)
                .param("at", timestamp(at))
                .param("month", Period.of(Period.Kind.MONTH, at).key())
                .param("quarter", Period.of(Period.Kind.QUARTER, at).key())
                .param("year", Period.of(Period.Kind.YEAR, at).key())
                .param("recorded", EventColumns.recorded(message))
                .update();
    }

    /**
     * Tells subscribers of boards of these periods to ask again; the emitter delivers after the
     * transaction commits. Not while replaying: boards are being rebuilt from scratch, and their
     * final state equals what subscribers saw before the reset.
     */
    private void notifySubscribers(Set<String> periodKeys, ReplayStatus replay) {
        if (periodKeys.isEmpty() || (replay != null && replay.isReplay())) {
            return;
        }
        LeaderboardChanged changed = new LeaderboardChanged(List.copyOf(periodKeys));
        updates.emit(FindLeaderboardQuery.class, query -> periodKeys.contains(query.period().key()), changed);
    }

    private static Set<String> keysOf(Instant at) {
        Set<String> keys = new TreeSet<>();
        Period.containing(at).forEach(period -> keys.add(period.key()));
        return keys;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
