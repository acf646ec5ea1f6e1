package com.wuxiao.query.fund.api;

/** One claim with its costs and receipts; answered with an optional {@link FundClaimDetail}. */
public record FindFundClaimQuery(String claimId) {
}
