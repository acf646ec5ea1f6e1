package com.wuxiao.command.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Map;

/**
 * The union office states each unit's headcount for a configured year (the denominator of a unit's
 * participation rate and of its awards per 100 employees, product.md §4 and §7). Replaces the
 * previous statement as a whole.
 *
 * @param headcounts unit id → employees
 */
public record SetUnitHeadcountsCommand(@TargetAggregateIdentifier String yearId,
                                       Map<String, Integer> headcounts,
                                       String setBy,
                                       Instant setAt) {
}
