package com.wuxiao.command.commendation.api;

import java.math.BigDecimal;

/**
 * A unit's place by the composite of product.md §7.
 *
 * @param participationRate distinct submitters / headcount, four decimals
 * @param awardsPer100      awards per 100 employees, four decimals
 * @param composite         40 × rate / best rate + 40 × awards per 100 / best + 20 × adoptions / most,
 *                          a term whose best value is 0 counting 0; two decimals
 * @param commended         named 优秀组织单位
 */
public record UnitScore(int rank,
                        String unitId,
                        BigDecimal participationRate,
                        BigDecimal awardsPer100,
                        int adoptions,
                        BigDecimal composite,
                        boolean commended) {
}
