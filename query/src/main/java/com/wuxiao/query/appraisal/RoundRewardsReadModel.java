package com.wuxiao.query.appraisal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * A round's rewards per worker, summed when asked from the points ledger that
 * {@code LeaderboardProjection} writes: a round grants at most a few thousand entries.
 */
@Component
class RoundRewardsReadModel {

    /**
     * Award entries of the round only (acceptance points belong to no round). The unit is that of the
     * worker's latest entry naming one. Worker ids tie-break in byte order, whatever the database's
     * collation.
     */
    private static final String PER_WORKER = """
            SELECT l.worker_id,
                (array_agg(l.unit_id ORDER BY l.occurred_at DESC, l.event_id DESC)
                    FILTER (WHERE l.unit_id IS NOT NULL))[1] AS unit_id,
                count(DISTINCT l.proposal_id) AS proposals,
                sum(l.reward_fen) AS reward_fen,
                COALESCE(sum(l.points), 0) AS points
            FROM points_ledger l
            WHERE l.round_id = :round AND l.kind IN ('REWARD', 'AWARD_POINTS')
            GROUP BY l.worker_id
            ORDER BY reward_fen DESC, l.worker_id COLLATE "C"
            """;

    private final JdbcClient jdbc;

    RoundRewardsReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkerTotal> perWorker(String roundId) {
        return jdbc.sql(PER_WORKER)
                .param("round", roundId)
                .query((rs, n) -> new WorkerTotal(rs.getString("worker_id"), rs.getString("unit_id"),
                        rs.getInt("proposals"), rs.getLong("reward_fen"), rs.getBigDecimal("points").setScale(2)))
                .list();
    }

    record WorkerTotal(String workerId, String unitId, int proposals, long rewardFen, BigDecimal points) {
    }
}
