package com.wuxiao.command.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union leader sets (or changes) a year's innovation fund budget (职工创新基金).
 *
 * @param fundId {@code InnovationFund.idOf(year)}
 */
public record SetFundBudgetCommand(@TargetAggregateIdentifier String fundId,
                                   int year,
                                   long budgetFen,
                                   String setBy,
                                   Instant setAt) {
}
