package com.wuxiao.command.fund.api;

/**
 * One cost of a claim.
 *
 * @param amountFen in fen (分), more than 0
 */
public record ClaimItem(FundCostKind kind, String description, long amountFen) {
}
