package com.wuxiao.command.appraisal;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.GradeQuotas;

import java.math.BigDecimal;
import java.util.List;

/** Grades by quota over a round's ranking, with product.md's rule for ties at a boundary. */
public final class Grading {

    private Grading() {
    }

    /** One proposal's place in the ranking. */
    public record Ranked(String proposalId, BigDecimal finalScore, int rank, Grade grade) {
    }

    /**
     * Ranks by final score, descending (equal scores: by proposal id, for a stable order; their rank
     * is shared — "competition ranking" 1, 2, 2, 4), and grades them by the cumulative quotas.
     */
    public static List<Ranked> grade(java.util.Map<String, BigDecimal> finalScores, GradeQuotas quotas) {
        throw new UnsupportedOperationException("not yet");
    }
}
