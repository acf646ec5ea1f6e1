package com.wuxiao.command.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splitting money and points by contribution share (whole percentages summing to 100), product.md
 * "Precise rules". Results are in the order of the given shares, i.e. the proposal's author order.
 */
public final class ShareSplit {

    private static final int PERCENT = 100;

    private ShareSplit() {
    }

    /**
     * Fen per author in the given order, each ⌊total × share / 100⌋; the remainder goes to the
     * first-listed author, so the parts always sum to the total exactly.
     *
     * @throws IllegalArgumentException if the total is negative or the shares are invalid
     */
    public static List<Long> money(long totalFen, List<Integer> shares) {
        checkShares(shares);
        if (totalFen < 0) {
            throw new IllegalArgumentException("total must not be negative: " + totalFen);
        }
        List<Long> parts = new ArrayList<>(shares.size());
        long given = 0;
        for (int share : shares) {
            long part = Math.multiplyExact(totalFen, share) / PERCENT; // non-negative, so / rounds down
            parts.add(part);
            given += part;
        }
        parts.set(0, parts.get(0) + (totalFen - given));
        return List.copyOf(parts);
    }

    /**
     * Points per author in the given order, points × share / 100 each, two decimals, half-up.
     * Each part is rounded on its own, so in general the parts need not add up to the total (with
     * whole points and whole percentages they are exact, and so do add up).
     *
     * @throws IllegalArgumentException if the points are negative or the shares are invalid
     */
    public static List<BigDecimal> points(int points, List<Integer> shares) {
        checkShares(shares);
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative: " + points);
        }
        List<BigDecimal> parts = new ArrayList<>(shares.size());
        for (int share : shares) {
            parts.add(BigDecimal.valueOf((long) points * share)
                    .divide(BigDecimal.valueOf(PERCENT), 2, RoundingMode.HALF_UP));
        }
        return List.copyOf(parts);
    }

    /** Non-empty, each 1..100, summing to 100. */
    private static void checkShares(List<Integer> shares) {
        if (shares == null || shares.isEmpty()) {
            throw new IllegalArgumentException("at least one share is required");
        }
        int sum = 0;
        for (Integer share : shares) {
            if (share == null || share < 1 || share > PERCENT) {
                throw new IllegalArgumentException("each share must be within 1..100: " + shares);
            }
            sum += share;
        }
        if (sum != PERCENT) {
            throw new IllegalArgumentException("shares must sum to 100: " + shares);
        }
    }
}
