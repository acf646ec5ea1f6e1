package com.wuxiao.query.leaderboard.api;

import java.util.List;

/**
 * Update of a {@link FindLeaderboardQuery} subscription: points, rewards or awards of these periods
 * changed (keys as {@code Period.key()}), so boards of them are to be asked for again.
 */
public record LeaderboardChanged(List<String> periodKeys) {

    public LeaderboardChanged {
        periodKeys = List.copyOf(periodKeys);
    }
}
