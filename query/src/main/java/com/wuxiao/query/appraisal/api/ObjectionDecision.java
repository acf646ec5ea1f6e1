package com.wuxiao.query.appraisal.api;

/** How the union leader decided an objection. */
public enum ObjectionDecision {
    /** The proposal went back to re-review and the round to ranking. */
    UPHELD("异议成立"),
    /** The ranking stays. */
    DENIED("异议不成立");

    private final String zh;

    ObjectionDecision(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
