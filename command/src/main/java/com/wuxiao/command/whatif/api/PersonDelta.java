package com.wuxiao.command.whatif.api;

import java.math.BigDecimal;

/**
 * One author's reward money and appraisal points from the replayed rounds, decided and under the
 * other rules. The unit is the one they belonged to when the round was finalised.
 */
public record PersonDelta(String workerId, String unitId, long decidedFen, long alternativeFen,
                          BigDecimal decidedPoints, BigDecimal alternativePoints) {

    public long deltaFen() {
        return alternativeFen - decidedFen;
    }

    public BigDecimal deltaPoints() {
        return alternativePoints.subtract(decidedPoints);
    }
}
