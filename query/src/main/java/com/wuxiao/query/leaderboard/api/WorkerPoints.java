package com.wuxiao.query.leaderboard.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A worker's points and reward money.
 *
 * @param period    the period's key, null for all time
 * @param points    two decimals; pending entries not included
 * @param rewardFen 1 CNY = 100 fen
 * @param entries   newest first
 */
public record WorkerPoints(String workerId, String period, BigDecimal points, long rewardFen,
                           List<PointsEntry> entries) {

    public WorkerPoints {
        entries = List.copyOf(entries);
    }
}
