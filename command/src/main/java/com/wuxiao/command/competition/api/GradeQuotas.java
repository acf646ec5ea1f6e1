package com.wuxiao.command.competition.api;

/**
 * Cumulative quotas in percent of a round's proposals: FIRST up to {@code first}, SECOND up to
 * {@code second}, THIRD up to {@code third}; the rest scoring at least {@code meritMinScore} get MERIT.
 */
public record GradeQuotas(int first, int second, int third, int meritMinScore) {

    public static GradeQuotas defaults() {
        return new GradeQuotas(5, 15, 35, 60);
    }
}
