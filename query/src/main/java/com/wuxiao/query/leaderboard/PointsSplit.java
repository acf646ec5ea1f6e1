package com.wuxiao.query.leaderboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Points split by contribution share (product.md "Precise rules"): points × share / 100 for each
 * author, two decimals, half-up. The command side applies the same rule to award points; the
 * acceptance points are split here because no event carries them.
 */
final class PointsSplit {

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private PointsSplit() {
    }

    /** One author's part. */
    static BigDecimal part(int points, int share) {
        if (points < 0 || share < 0 || share > 100) {
            throw new IllegalArgumentException("points " + points + ", share " + share);
        }
        return BigDecimal.valueOf((long) points * share).divide(PERCENT, 2, RoundingMode.HALF_UP);
    }

    /** Every author's part, in the order of the shares. */
    static List<BigDecimal> parts(int points, List<Integer> shares) {
        return shares.stream().map(share -> part(points, share)).toList();
    }
}
