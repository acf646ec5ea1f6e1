package com.wuxiao.query.leaderboard;

import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.CompetitionYearConfiguredEvent;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalAcceptedEvent;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the points and rewards ledger and the leaderboards' tables up to date, and tells live
 * leaderboard subscribers ({@link FindLeaderboardQuery}) when a period of theirs changed.
 * <p>
 * Sources: acceptance at screening (the year's acceptance points, split by share among the
 * proposal's authors as of the acceptance), and the round's {@link PointsAwardedEvent} and
 * {@link RewardGrantedEvent} (already split). Points and money belong to the month, quarter and year
 * of the earning event (Beijing time).
 * <p>
 * Idempotent: ledger rows are unique per (event, worker), award rows per (round, proposal), year
 * configurations per event; proposal rows only take events past their last sequence number.
 * Order-independent across aggregates (a pooled processor may handle the year's configuration in
 * another segment than a proposal): an acceptance whose year is not configured yet gets its points
 * when the configuration arrives.
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

    @EventHandler
    void on(CompetitionYearConfiguredEvent e, EventMessage<?> message, ReplayStatus replay) {
        YearConfig config = e.config();
        int inserted = jdbc.sql("""
                        INSERT INTO leaderboard_year_config (event_id, year, accepted_points, configured_at)
                        VALUES (:event, :year, :points, :at)
                        ON CONFLICT DO NOTHING""")
                .param("event", message.getIdentifier())
                .param("year", config.year())
                .param("points", config.points().accepted())
                .param("at", timestamp(e.configuredAt()))
                .update();
        if (inserted == 0) {
            return;
        }
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
        Set<String> changed = recomputeAcceptancePoints(config.year());
        notifySubscribers(changed, replay);
    }

    @EventHandler
    void on(ProposalSubmittedEvent e, EventMessage<?> message) {
        int inserted = jdbc.sql("""
                        INSERT INTO leaderboard_proposal (proposal_id, unit_id, category_code, competition_year,
                            last_event_seq)
                        VALUES (:id, :unit, :category, :year, :seq)
                        ON CONFLICT (proposal_id) DO NOTHING""")
                .param("id", e.proposalId())
                .param("unit", e.unitId())
                .param("category", e.content().categoryCode())
                .param("year", e.competitionYear())
                .param("seq", EventColumns.sequenceOf(message))
                .update();
        if (inserted == 1) {
            insertAuthors(e.proposalId(), e.authors());
        }
    }

    @EventHandler
    void on(ProposalRevisedEvent e, EventMessage<?> message) {
        int updated = jdbc.sql("""
                        UPDATE leaderboard_proposal SET category_code = :category, last_event_seq = :seq
                        WHERE proposal_id = :id AND last_event_seq < :seq""")
                .param("id", e.proposalId())
                .param("category", e.content().categoryCode())
                .param("seq", EventColumns.sequenceOf(message))
                .update();
        if (updated == 1) {
            jdbc.sql("DELETE FROM leaderboard_proposal_author WHERE proposal_id = :id")
                    .param("id", e.proposalId()).update();
            insertAuthors(e.proposalId(), e.authors());
        }
    }

    // --- earning events -------------------------------------------------------------------------

    /**
     * The year's acceptance points split among the authors, each counted for the unit the author
     * belonged to when accepted (a team may span units); for an author the event does not place,
     * the proposal's unit.
     */
    @EventHandler
    void on(ProposalAcceptedEvent e, EventMessage<?> message, ReplayStatus replay) {
        Optional<ProposalFacts> found = jdbc.sql("""
                        SELECT unit_id, competition_year FROM leaderboard_proposal WHERE proposal_id = :id""")
                .param("id", e.proposalId())
                .query((rs, n) -> new ProposalFacts(rs.getString("unit_id"), rs.getInt("competition_year")))
                .optional();
        if (found.isEmpty()) {
            // Its submission is an earlier event of the same aggregate, so this cannot happen in a stream.
            throw new IllegalStateException("acceptance of proposal " + e.proposalId() + " before its submission");
        }
        ProposalFacts proposal = found.get();
        List<Author> authors = jdbc.sql("""
                        SELECT worker_id, share FROM leaderboard_proposal_author
                        WHERE proposal_id = :id ORDER BY position""")
                .param("id", e.proposalId())
                .query((rs, n) -> new Author(rs.getString("worker_id"), rs.getInt("share")))
                .list();
        Optional<Integer> acceptedPoints = YearConfigs.inForce(configsOf(proposal.year()), e.acceptedAt())
                .map(YearConfigs.Config::acceptedPoints);
        int inserted = 0;
        for (Author author : authors) {
            BigDecimal points = acceptedPoints.map(p -> PointsSplit.part(p, author.share())).orElse(null);
            inserted += ledger(message.getIdentifier(), author.workerId(), LedgerEntryKind.ACCEPTED, e.proposalId(),
                    null, null, e.authorUnits().getOrDefault(author.workerId(), proposal.unitId()), proposal.year(),
                    author.share(), points, 0, e.acceptedAt());
        }
        if (inserted > 0) {
            notifySubscribers(keysOf(e.acceptedAt()), replay);
        }
    }

    @EventHandler
    void on(PointsAwardedEvent e, EventMessage<?> message, ReplayStatus replay) {
        int inserted = ledger(message.getIdentifier(), e.workerId(), LedgerEntryKind.AWARD_POINTS, e.proposalId(),
                e.roundId(), e.grade() == null ? null : e.grade().name(), e.workerUnitId(),
                yearOf(e.awardedAt()), e.share(), e.points(), 0, e.awardedAt());
        if (inserted > 0) {
            notifySubscribers(keysOf(e.awardedAt()), replay);
        }
    }

    @EventHandler
    void on(RewardGrantedEvent e, EventMessage<?> message, ReplayStatus replay) {
        int inserted = ledger(message.getIdentifier(), e.workerId(), LedgerEntryKind.REWARD, e.proposalId(),
                e.roundId(), e.grade() == null ? null : e.grade().name(), e.workerUnitId(),
                yearOf(e.grantedAt()), e.share(), BigDecimal.ZERO.setScale(2), e.amountFen(), e.grantedAt());
        if (inserted > 0) {
            notifySubscribers(keysOf(e.grantedAt()), replay);
        }
    }

    /** Points of a patent, an adoption or a replication, already split, for the worker's unit. */
    @EventHandler
    void on(PointsEarnedEvent e, EventMessage<?> message, ReplayStatus replay) {
        int inserted = ledger(message.getIdentifier(), e.workerId(), LedgerEntryKind.valueOf(e.reason().name()),
                e.proposalId(), null, null, e.workerUnitId(), yearOf(e.earnedAt()), e.share(), e.points(), 0,
                e.earnedAt());
        if (inserted > 0) {
            notifySubscribers(keysOf(e.earnedAt()), replay);
        }
    }

    /** Every grade of the round, NONE included: awarded counts per unit and category. */
    @EventHandler
    void on(RoundFinalisedEvent e, ReplayStatus replay) {
        int inserted = 0;
        for (RankedProposal result : e.results()) {
            inserted += jdbc.sql("""
                            INSERT INTO leaderboard_award (round_id, proposal_id, unit_id, grade, finalised_at,
                                month_key, quarter_key, year_key)
                            VALUES (:round, :proposal, :unit, :grade, :at, :month, :quarter, :year)
                            ON CONFLICT DO NOTHING""")
                    .param("round", e.roundId())
                    .param("proposal", result.proposalId())
                    .param("unit", result.unitId())
                    .param("grade", result.grade().name())
                    .param("at", timestamp(e.finalisedAt()))
                    .param("month", Period.of(Period.Kind.MONTH, e.finalisedAt()).key())
                    .param("quarter", Period.of(Period.Kind.QUARTER, e.finalisedAt()).key())
                    .param("year", Period.of(Period.Kind.YEAR, e.finalisedAt()).key())
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
        jdbc.sql("DELETE FROM leaderboard_proposal_author").update();
        jdbc.sql("DELETE FROM leaderboard_proposal").update();
        jdbc.sql("DELETE FROM leaderboard_category").update();
        jdbc.sql("DELETE FROM leaderboard_year_config").update();
    }

    // --- helpers --------------------------------------------------------------------------------

    /**
     * Sets the points of the year's acceptances from the configuration in force at each; returns
     * the period keys whose totals changed.
     */
    private Set<String> recomputeAcceptancePoints(int year) {
        List<YearConfigs.Config> configs = configsOf(year);
        Set<String> changed = new TreeSet<>();
        jdbc.sql("""
                        SELECT event_id, worker_id, share, points, occurred_at, month_key, quarter_key, year_key
                        FROM points_ledger WHERE kind = :kind AND competition_year = :year""")
                .param("kind", LedgerEntryKind.ACCEPTED.name())
                .param("year", year)
                .query((rs, n) -> new AcceptanceRow(rs.getString("event_id"), rs.getString("worker_id"),
                        rs.getInt("share"), rs.getBigDecimal("points"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        List.of(rs.getString("month_key"), rs.getString("quarter_key"), rs.getString("year_key"))))
                .list()
                .forEach(row -> {
                    BigDecimal points = YearConfigs.inForce(configs, row.occurredAt())
                            .map(c -> PointsSplit.part(c.acceptedPoints(), row.share())).orElse(null);
                    if (!sameAmount(points, row.points())) {
                        jdbc.sql("UPDATE points_ledger SET points = :points WHERE event_id = :event AND worker_id = :worker")
                                .param("points", points)
                                .param("event", row.eventId())
                                .param("worker", row.workerId())
                                .update();
                        changed.addAll(row.periodKeys());
                    }
                });
        return changed;
    }

    private List<YearConfigs.Config> configsOf(int year) {
        return jdbc.sql("""
                        SELECT event_id, accepted_points, configured_at FROM leaderboard_year_config
                        WHERE year = :year""")
                .param("year", year)
                .query((rs, n) -> new YearConfigs.Config(rs.getString("event_id"), rs.getInt("accepted_points"),
                        rs.getObject("configured_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private int ledger(String eventId, String workerId, LedgerEntryKind kind, String proposalId, String roundId,
                       String grade, String unitId, int competitionYear, int share, BigDecimal points, long rewardFen,
                       Instant at) {
        return jdbc.sql("""
                        INSERT INTO points_ledger (event_id, worker_id, kind, proposal_id, round_id, grade, unit_id,
                            competition_year, share, points, reward_fen, occurred_at, month_key, quarter_key, year_key)
                        VALUES (:event, :worker, :kind, :proposal, :round, :grade, :unit, :competitionYear, :share,
                            :points, :reward, :at, :month, :quarter, :year)
                        ON CONFLICT DO NOTHING""")
                .param("event", eventId)
                .param("worker", workerId)
                .param("kind", kind.name())
                .param("proposal", proposalId)
                .param("round", roundId)
                .param("grade", grade)
                .param("unit", unitId)
                .param("competitionYear", competitionYear)
                .param("share", share)
                .param("points", points, java.sql.Types.NUMERIC)
                .param("reward", rewardFen)
                .param("at", timestamp(at))
                .param("month", Period.of(Period.Kind.MONTH, at).key())
                .param("quarter", Period.of(Period.Kind.QUARTER, at).key())
                .param("year", Period.of(Period.Kind.YEAR, at).key())
                .update();
    }

    private void insertAuthors(String proposalId, List<Author> authors) {
        for (int position = 0; position < authors.size(); position++) {
            jdbc.sql("""
                            INSERT INTO leaderboard_proposal_author (proposal_id, position, worker_id, share)
                            VALUES (:id, :position, :worker, :share)
                            ON CONFLICT DO NOTHING""")
                    .param("id", proposalId)
                    .param("position", position)
                    .param("worker", authors.get(position).workerId())
                    .param("share", authors.get(position).share())
                    .update();
        }
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

    private static int yearOf(Instant at) {
        return Period.of(Period.Kind.YEAR, at).year();
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Proposal events are applied by the proposal aggregate, so they always carry its sequence number. */

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private record ProposalFacts(String unitId, int year) {
    }

    private record AcceptanceRow(String eventId, String workerId, int share, BigDecimal points, Instant occurredAt,
                                 List<String> periodKeys) {
    }
}
