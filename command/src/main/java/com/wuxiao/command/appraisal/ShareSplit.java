package com.wuxiao.command.appraisal;

import java.math.BigDecimal;
import java.util.List;

/** Splitting money and points by contribution share (whole percentages summing to 100). */
public final class ShareSplit {

    private ShareSplit() {
    }

    /** Fen per author in the given order, each rounded down; the remainder goes to the first-listed author. */
    public static List<Long> money(long totalFen, List<Integer> shares) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Points per author in the given order, two decimals, half-up. */
    public static List<BigDecimal> points(int points, List<Integer> shares) {
        throw new UnsupportedOperationException("not yet");
    }
}
