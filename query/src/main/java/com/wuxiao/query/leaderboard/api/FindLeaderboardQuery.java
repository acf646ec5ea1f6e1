package com.wuxiao.query.leaderboard.api;

import com.wuxiao.query.common.api.Paging;
import com.wuxiao.query.period.api.Period;

import java.time.Instant;
import java.util.Objects;

/**
 * One page of a leaderboard for a month, quarter or year. Answered with {@link LeaderboardPage}.
 * As a subscription query its updates are {@link LeaderboardChanged} notices (ask again for the page):
 * the projection does not know which pages its subscribers hold.
 *
 * @param page 0-based
 * @param size 1..{@value #MAX_SIZE}
 * @param asOf the board as it stood at this instant (only what was earned until then); null: now
 */
public record FindLeaderboardQuery(LeaderboardKind kind, Period period, int page, int size, Instant asOf) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindLeaderboardQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Paging.check(page, size, MAX_SIZE);
    }

    /** The board as it stands now. */
    public FindLeaderboardQuery(LeaderboardKind kind, Period period, int page, int size) {
        this(kind, period, page, size, null);
    }
}
