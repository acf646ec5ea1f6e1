package com.wuxiao.command.appraisal;

import com.wuxiao.command.competition.api.ScoreWeights;

import java.math.BigDecimal;
import java.util.List;

/** The scoring arithmetic of product.md "Precise rules": weighted score, final score, spread. */
public final class Scoring {

    private Scoring() {
    }

    /** weights × (feasibility, benefit, promotability) / 100, two decimals, half-up. */
    public static BigDecimal weighted(ScoreWeights weights, int feasibility, int benefit, int promotability) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Mean of the weighted scores; with 5 or more, one highest and one lowest dropped first; 2 decimals half-up. */
    public static BigDecimal finalScore(List<BigDecimal> weightedScores) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Highest − lowest weighted score (0 for fewer than two). */
    public static BigDecimal spread(List<BigDecimal> weightedScores) {
        throw new UnsupportedOperationException("not yet");
    }
}
