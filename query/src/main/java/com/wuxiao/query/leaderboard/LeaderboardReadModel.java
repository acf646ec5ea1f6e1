package com.wuxiao.query.leaderboard;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardKind;
import com.wuxiao.query.leaderboard.api.LeaderboardPage;
import com.wuxiao.query.leaderboard.api.LeaderboardRow;
import com.wuxiao.query.leaderboard.api.LedgerEntryKind;
import com.wuxiao.query.leaderboard.api.PointsEntry;
import com.wuxiao.query.leaderboard.api.MonthTotal;
import com.wuxiao.query.leaderboard.api.WorkerPoints;
import com.wuxiao.query.period.api.AsOf;
import com.wuxiao.query.period.api.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Leaderboards and worker points, summed from the ledger when asked (as of an instant: only the rows
 * recorded by then, each keeping its event's timestamp): a period of a large company
 * holds a few thousand ledger rows, which one indexed aggregate reads in milliseconds, and nothing
 * derived has to be kept in step with late or recomputed entries.
 */
@Component
class LeaderboardReadModel {

    /** One row per worker. {@code %s} is the period column (a constant of this class, never user input). */
    private static final String INDIVIDUALS = """
            SELECT l.worker_id AS key, NULL AS name,
                (array_agg(l.unit_id ORDER BY l.occurred_at DESC, l.event_id DESC)
                    FILTER (WHERE l.unit_id IS NOT NULL))[1] AS unit_id,
                COALESCE(sum(l.points), 0) AS points, sum(l.reward_fen) AS reward_fen, NULL::integer AS members,
                count(DISTINCT l.proposal_id) FILTER (WHERE l.kind = 'ACCEPTED') AS accepted,
                count(DISTINCT l.proposal_id) FILTER (WHERE l.kind IN ('AWARD_POINTS', 'REWARD')) AS awarded
            FROM points_ledger l WHERE l.%1$s = :period AND l.recorded_at <= :asOf
            GROUP BY l.worker_id""";

    /**
     * Units by their members' entries (points count where the worker belongs); accepted and awarded
     * count the unit's own proposals, whoever of which unit wrote them.
     */
    private static final String UNITS = """
            SELECT COALESCE(p.key, c.key, a.key) AS key, NULL AS name, NULL AS unit_id,
                COALESCE(p.points, 0) AS points, COALESCE(p.reward_fen, 0) AS reward_fen,
                COALESCE(p.members, 0) AS members, COALESCE(c.accepted, 0) AS accepted,
                COALESCE(a.awarded, 0) AS awarded
            FROM (SELECT l.unit_id AS key, sum(l.points) AS points, sum(l.reward_fen) AS reward_fen,
                      count(DISTINCT l.worker_id) AS members
                  FROM points_ledger l WHERE l.%1$s = :period AND l.recorded_at <= :asOf AND l.unit_id IS NOT NULL
                  GROUP BY l.unit_id) p
            FULL JOIN (SELECT lp.unit_id AS key, count(DISTINCT l.proposal_id) AS accepted
                       FROM points_ledger l JOIN leaderboard_proposal lp ON lp.proposal_id = l.proposal_id
                       WHERE l.%1$s = :period AND l.recorded_at <= :asOf AND l.kind = 'ACCEPTED'
                       GROUP BY lp.unit_id) c ON c.key = p.key
            FULL JOIN (SELECT w.unit_id AS key, count(*) AS awarded FROM leaderboard_award w
                       WHERE w.%1$s = :period AND w.recorded_at <= :asOf AND w.grade <> 'NONE'
                       GROUP BY w.unit_id) a
                ON a.key = COALESCE(p.key, c.key)""";

    /** Categories of the proposals behind the entries; names from the period's competition year if set. */
    private static final String CATEGORIES = """
            SELECT c.key,
                (SELECT n.name FROM leaderboard_category n WHERE n.code = c.key
                 ORDER BY (n.year = :year) DESC, n.year DESC LIMIT 1) AS name,
                NULL AS unit_id, c.points, c.reward_fen, NULL::integer AS members, c.accepted, c.awarded
            FROM (SELECT COALESCE(p.key, a.key) AS key, COALESCE(p.points, 0) AS points,
                      COALESCE(p.reward_fen, 0) AS reward_fen, COALESCE(p.accepted, 0) AS accepted,
                      COALESCE(a.awarded, 0) AS awarded
                  FROM (SELECT lp.category_code AS key, sum(l.points) AS points, sum(l.reward_fen) AS reward_fen,
                            count(DISTINCT l.proposal_id) FILTER (WHERE l.kind = 'ACCEPTED') AS accepted
                        FROM points_ledger l JOIN leaderboard_proposal lp ON lp.proposal_id = l.proposal_id
                        WHERE l.%1$s = :period AND l.recorded_at <= :asOf GROUP BY lp.category_code) p
                  FULL JOIN (SELECT lp.category_code AS key, count(*) AS awarded
                             FROM leaderboard_award w JOIN leaderboard_proposal lp ON lp.proposal_id = w.proposal_id
                             WHERE w.%1$s = :period AND w.recorded_at <= :asOf AND w.grade <> 'NONE'
                             GROUP BY lp.category_code) a
                      ON a.key = p.key) c""";

    private final JdbcClient jdbc;

    LeaderboardReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Best first: by points, then reward money, then key; rank by points alone. */
    LeaderboardPage board(FindLeaderboardQuery query) {
        String board = String.format(sqlOf(query.kind()), periodColumn(query.period()));
        long total = jdbc.sql("SELECT count(*) FROM (" + board + ") b")
                .param("period", query.period().key())
                .param("year", query.period().year())
                .param("asOf", AsOf.bound(query.asOf()))
                .query(Long.class).single();
        List<LeaderboardRow> rows = total <= (long) query.page() * query.size() ? List.of()
                : jdbc.sql("SELECT b.*, rank() OVER (ORDER BY b.points DESC) AS rank FROM (" + board + ") b"
                           + " ORDER BY b.points DESC, b.reward_fen DESC, b.key LIMIT :limit OFFSET :offset")
                .param("period", query.period().key())
                .param("year", query.period().year())
                .param("asOf", AsOf.bound(query.asOf()))
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> row(rs))
                .list();
        return new LeaderboardPage(query.kind(), query.period().key(), rows, query.page(), query.size(), total);
    }

    /** All of a worker's entries, or those of one period, newest first. */
    WorkerPoints worker(String workerId, Period period) {
        String where = period == null ? "" : " AND " + periodColumn(period) + " = :period";
        List<PointsEntry> entries = jdbc.sql("SELECT * FROM points_ledger WHERE worker_id = :worker" + where
                                             + " ORDER BY occurred_at DESC, event_id DESC, kind")
                .param("worker", workerId)
                .param("period", period == null ? null : period.key())
                .query((rs, n) -> entry(rs))
                .list();
        BigDecimal points = entries.stream().map(PointsEntry::points).filter(p -> p != null)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        long rewardFen = entries.stream().mapToLong(PointsEntry::rewardFen).sum();
        return new WorkerPoints(workerId, period == null ? null : period.key(), points, rewardFen, entries,
                period == null ? List.of() : months(workerId, period.year()));
    }

    /** Every month of the year, zero where the worker earned nothing. */
    private List<MonthTotal> months(String workerId, int year) {
        Map<String, MonthTotal> earned = new HashMap<>();
        jdbc.sql("""
                        SELECT month_key, COALESCE(sum(points), 0) AS points, sum(reward_fen) AS reward_fen
                        FROM points_ledger WHERE worker_id = :worker AND year_key = :year GROUP BY month_key""")
                .param("worker", workerId)
                .param("year", Period.year(year).key())
                .query((rs, n) -> new MonthTotal(rs.getString("month_key"), rs.getBigDecimal("points").setScale(2),
                        rs.getLong("reward_fen")))
                .list()
                .forEach(total -> earned.put(total.month(), total));
        List<MonthTotal> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            String key = Period.month(year, month).key();
            months.add(earned.getOrDefault(key, new MonthTotal(key, BigDecimal.ZERO.setScale(2), 0)));
        }
        return months;
    }

    private static String sqlOf(LeaderboardKind kind) {
        return switch (kind) {
            case INDIVIDUALS -> INDIVIDUALS;
            case UNITS -> UNITS;
            case CATEGORIES -> CATEGORIES;
        };
    }

    /** The ledger's and award table's column of the period's kind. */
    static String periodColumn(Period period) {
        return switch (period.kind()) {
            case MONTH -> "month_key";
            case QUARTER -> "quarter_key";
            case YEAR -> "year_key";
        };
    }

    private static LeaderboardRow row(ResultSet rs) throws SQLException {
        int members = rs.getInt("members");
        Integer membersOrNull = rs.wasNull() ? null : members;
        return new LeaderboardRow(rs.getInt("rank"), rs.getString("key"), rs.getString("name"),
                rs.getString("unit_id"), rs.getBigDecimal("points").setScale(2), rs.getLong("reward_fen"),
                membersOrNull, rs.getInt("accepted"), rs.getInt("awarded"));
    }

    private static PointsEntry entry(ResultSet rs) throws SQLException {
        String grade = rs.getString("grade");
        return new PointsEntry(LedgerEntryKind.valueOf(rs.getString("kind")), rs.getString("proposal_id"),
                rs.getString("round_id"), grade == null ? null : Grade.valueOf(grade), rs.getString("unit_id"),
                rs.getInt("share"), rs.getBigDecimal("points"), rs.getLong("reward_fen"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("month_key"),
                rs.getString("quarter_key"), rs.getString("year_key"));
    }
}
