package com.wuxiao.query.payout.api;

import com.wuxiao.query.common.api.Paging;

/** A page of payout batches, newest first. Answered with {@link PayoutBatchPage}. */
public record FindPayoutBatchesQuery(Integer year, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindPayoutBatchesQuery {
        Paging.check(page, size, MAX_SIZE);
    }
}
