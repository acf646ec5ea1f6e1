package com.wuxiao.query.leaderboard.api;

import java.math.BigDecimal;

/**
 * A worker's points and reward money of one month.
 *
 * @param month     2026-11
 * @param points    two decimals; pending entries not included
 * @param rewardFen 1 CNY = 100 fen
 */
public record MonthTotal(String month, BigDecimal points, long rewardFen) {
}
