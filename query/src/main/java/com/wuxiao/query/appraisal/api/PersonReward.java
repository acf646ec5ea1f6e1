package com.wuxiao.query.appraisal.api;

import java.math.BigDecimal;

/**
 * What one worker earned from one round's grades.
 *
 * @param name             display name; null if the identity store does not know the worker
 * @param unitId           the unit the worker's entries count for; null if none is known
 * @param awardedProposals distinct proposals of the round the worker earned money or points for
 * @param rewardFen        1 CNY = 100 fen
 * @param points           award points, two decimals
 */
public record PersonReward(String workerId,
                           String name,
                           String unitId,
                           int awardedProposals,
                           long rewardFen,
                           BigDecimal points) {
}
