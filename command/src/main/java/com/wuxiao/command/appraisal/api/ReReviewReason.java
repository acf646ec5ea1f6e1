package com.wuxiao.command.appraisal.api;

/** Why a proposal goes to consensus re-review. */
public enum ReReviewReason {
    /** Its scorers' weighted scores differ by more than 30 points. */
    SPREAD("评分差距过大"),
    /** An objection against it was upheld during the publicity period. */
    OBJECTION("异议成立");

    private final String zh;

    ReReviewReason(String zh) { this.zh = zh; }

    public String zh() { return zh; }
}
