package com.wuxiao.query.fund.api;

/** Every claim of a year, oldest first (the export); answered with {@link FundClaimList}. */
public record ListFundClaimsQuery(int year) {
}
