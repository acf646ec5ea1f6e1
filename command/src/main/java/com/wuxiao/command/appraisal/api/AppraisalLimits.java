package com.wuxiao.command.appraisal.api;

/**
 * Limits of the appraisal's input, in one place: the aggregate enforces them and the REST layer and
 * the Camunda forms reuse them.
 */
public final class AppraisalLimits {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 100;
    /** Each proposal is scored by at least this many panel members; a panel has at least this many. */
    public static final int MIN_SCORERS = 3;
    /** Scorers' comments, consensus comments, objection reasons and decision notes. */
    public static final int TEXT_MAX = 2000;
    /** Weighted scores further apart than this send a proposal to consensus re-review. */
    public static final int MAX_SPREAD = 30;
    /** From this many scores on, one highest and one lowest are dropped from the mean. */
    public static final int TRIM_FROM = 5;

    private AppraisalLimits() {
    }

    /** The id of the round of a quarter, e.g. "2026-Q4". */
    public static String roundIdOf(int year, int quarter) {
        return year + "-Q" + quarter;
    }
}
