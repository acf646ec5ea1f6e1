package com.wuxiao.query.leaderboard.api;

import java.util.List;

/**
 * One page of a leaderboard, best first.
 *
 * @param period the period's key: 2026-11, 2026-Q4 or 2026
 * @param total  rows over all pages
 */
public record LeaderboardPage(LeaderboardKind kind, String period, List<LeaderboardRow> rows, int page, int size,
                              long total) {

    public LeaderboardPage {
        rows = List.copyOf(rows);
    }

    /** The same page without reward money, for readers who may not see other people's rewards. */
    public LeaderboardPage withoutRewards() {
        return new LeaderboardPage(kind, period, rows.stream().map(LeaderboardRow::withoutReward).toList(), page,
                size, total);
    }
}
