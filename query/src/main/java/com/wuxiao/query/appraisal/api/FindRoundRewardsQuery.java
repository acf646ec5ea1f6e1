package com.wuxiao.query.appraisal.api;

import java.util.Objects;

/**
 * The reward money and award points of one round per worker, from the points ledger. Answered with
 * {@link RoundRewards}, or null (ask with {@code ResponseTypes.optionalInstanceOf}) for an unknown
 * round. No access rules: callers decide who may see others' money.
 */
public record FindRoundRewardsQuery(String roundId) {

    public FindRoundRewardsQuery {
        Objects.requireNonNull(roundId, "roundId");
    }
}
