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
 * @param byMonth   the twelve months of the period's year (January first), each with its totals, zero
 *                  included; empty for all time
 */
public record WorkerPoints(String workerId, String period, BigDecimal points, long rewardFen,
                           List<PointsEntry> entries, List<MonthTotal> byMonth) {

    public WorkerPoints {
        entries = List.copyOf(entries);
        byMonth = byMonth == null ? List.of() : List.copyOf(byMonth);
    }

    /** Without the monthly breakdown. */
    public WorkerPoints(String workerId, String period, BigDecimal points, long rewardFen, List<PointsEntry> entries) {
        this(workerId, period, points, rewardFen, entries, List.of());
    }
}
