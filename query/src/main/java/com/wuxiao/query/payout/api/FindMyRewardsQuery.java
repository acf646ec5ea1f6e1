package com.wuxiao.query.payout.api;

/** A worker's rewards, due and paid; answered with {@link MyRewards}. */
public record FindMyRewardsQuery(String workerId, Integer year) {

    /** Every year's. */
    public FindMyRewardsQuery(String workerId) {
        this(workerId, null);
    }
}
