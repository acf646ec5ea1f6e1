package com.wuxiao.query.payout.api;

import com.wuxiao.query.common.api.Paging;

/**
 * A page of payable rewards, by round then worker; each null filter matches all. Answered with
 * {@link PayoutItemPage}.
 */
public record FindPayoutItemsQuery(Integer year, String roundId, PayoutItemStatus status, String workerId, int page,
                                   int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public FindPayoutItemsQuery {
        Paging.check(page, size, MAX_SIZE);
    }
}
