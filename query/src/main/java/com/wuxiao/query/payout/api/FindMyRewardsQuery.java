package com.wuxiao.query.payout.api;

/** A worker's rewards, due and paid; answered with {@link MyRewards}. */
public record FindMyRewardsQuery(String workerId) {
}
