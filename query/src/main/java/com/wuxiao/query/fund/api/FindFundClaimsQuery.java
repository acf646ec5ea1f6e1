package com.wuxiao.query.fund.api;

import com.wuxiao.query.common.api.Paging;

/**
 * A page of fund claims, pending first, then newest first; each null filter matches all. Answered
 * with {@link FundClaimPage}.
 *
 * @param claimantId only this worker's (their own claims)
 */
public record FindFundClaimsQuery(Integer year, FundClaimStatus status, String claimantId, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindFundClaimsQuery {
        Paging.check(page, size, MAX_SIZE);
    }
}
