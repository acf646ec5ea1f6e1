package com.wuxiao.query.leaderboard.api;

import com.wuxiao.query.period.api.Period;

import java.util.Objects;

/**
 * A worker's points and rewards with their entries, newest first; only those of {@code period} if it
 * is given. Answered with {@link WorkerPoints}.
 *
 * @param period null for all time
 */
public record FindWorkerPointsQuery(String workerId, Period period) {

    public FindWorkerPointsQuery {
        Objects.requireNonNull(workerId, "workerId");
    }
}
