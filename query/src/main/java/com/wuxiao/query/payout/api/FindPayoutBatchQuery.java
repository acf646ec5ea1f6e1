package com.wuxiao.query.payout.api;

/** One batch with its items in order; answered with an optional {@link PayoutBatchDetail}. */
public record FindPayoutBatchQuery(String batchId) {
}
