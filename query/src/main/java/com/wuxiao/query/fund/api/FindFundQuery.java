package com.wuxiao.query.fund.api;

/** A year's fund figures; answered with {@link FundOverview}. */
public record FindFundQuery(int year) {
}
