package com.wuxiao.command.whatif.api;

import java.math.BigDecimal;

/**
 * A unit's side of the replay: its members' money and points (where they belonged at finalisation),
 * and how many of its own proposals are awarded (any grade but NONE).
 */
public record UnitDelta(String unitId, long decidedFen, long alternativeFen, BigDecimal decidedPoints,
                        BigDecimal alternativePoints, int decidedAwards, int alternativeAwards) {

    public long deltaFen() {
        return alternativeFen - decidedFen;
    }

    public BigDecimal deltaPoints() {
        return alternativePoints.subtract(decidedPoints);
    }
}
