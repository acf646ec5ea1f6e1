package com.wuxiao.command.fund.api;

import java.time.Instant;

/** A year's fund budget was set; never below what it has booked. */
public record FundBudgetSetEvent(String fundId, int year, long budgetFen, String setBy, Instant setAt) {
}
