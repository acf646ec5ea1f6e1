package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.command.competition.api.ScoreWeights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The scoring arithmetic of product.md "Precise rules": weighted score, final score, spread.
 * All in {@link BigDecimal} (never double) so that every reviewer, projection and test computing
 * the same rule gets the same digits. Results have scale 2.
 */
public final class Scoring {

    /** Scale of every score this class returns. */
    public static final int SCALE = 2;
    /** From this many scores on, one highest and one lowest are dropped. */
    public static final int TRIM_FROM = AppraisalLimits.TRIM_FROM;

    private static final int MAX_SCORE = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /**
     * (w_f × feasibility + w_b × benefit + w_p × promotability) / 100, two decimals, half-up.
     * With whole scores and whole percent weights the quotient is always exact to two decimals;
     * the half-up rounding is kept so the rule still holds if either ever gets finer.
     *
     * @throws IllegalArgumentException if a score is outside 0..100 or the weights are negative or do not sum to 100
     */
    public static BigDecimal weighted(ScoreWeights weights, int feasibility, int benefit, int promotability) {
        if (weights == null || weights.feasibility() < 0 || weights.benefit() < 0 || weights.promotability() < 0
                || weights.feasibility() + weights.benefit() + weights.promotability() != 100) {
            throw new IllegalArgumentException("weights must be non-negative and sum to 100: " + weights);
        }
        requireScore("feasibility", feasibility);
        requireScore("benefit", benefit);
        requireScore("promotability", promotability);
        long sum = (long) weights.feasibility() * feasibility
                + (long) weights.benefit() * benefit
                + (long) weights.promotability() * promotability;
        return BigDecimal.valueOf(sum).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Mean of the weighted scores; with 5 or more, one highest and one lowest are dropped first;
     * two decimals, half-up.
     *
     * @throws IllegalArgumentException if the list is null, empty or holds a null
     */
    public static BigDecimal finalScore(List<BigDecimal> weightedScores) {
        return finalScore(weightedScores, TRIM_FROM);
    }

    /**
     * The same mean with another trimming threshold, for a what-if of the rules: with {@code trimFrom}
     * or more scores, one highest and one lowest are dropped first.
     *
     * @throws IllegalArgumentException also if {@code trimFrom} is below 3 (nothing would be left)
     */
    public static BigDecimal finalScore(List<BigDecimal> weightedScores, int trimFrom) {
        if (trimFrom < 3) {
            throw new IllegalArgumentException("trimming needs at least 3 scores: " + trimFrom);
        }
        List<BigDecimal> sorted = sortedCopy(weightedScores);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a final score needs at least one weighted score");
        }
        List<BigDecimal> counted = sorted.size() >= trimFrom ? sorted.subList(1, sorted.size() - 1) : sorted;
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(counted.size()), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Highest − lowest weighted score, two decimals (0.00 for fewer than two scores).
     *
     * @throws IllegalArgumentException if the list is null or holds a null
     */
    public static BigDecimal spread(List<BigDecimal> weightedScores) {
        List<BigDecimal> sorted = sortedCopy(weightedScores);
        if (sorted.size() < 2) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return sorted.get(sorted.size() - 1).subtract(sorted.get(0)).setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> sortedCopy(List<BigDecimal> scores) {
        // List.of(..).contains(null) would itself throw, hence the stream
        if (scores == null || scores.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("weighted scores must not be null");
        }
        List<BigDecimal> sorted = new ArrayList<>(scores);
        Collections.sort(sorted);
        return sorted;
    }

    private static void requireScore(String criterion, int score) {
        if (score < 0 || score > MAX_SCORE) {
            throw new IllegalArgumentException(criterion + " must be within 0..100: " + score);
        }
    }
}
