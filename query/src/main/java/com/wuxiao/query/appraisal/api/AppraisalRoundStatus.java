package com.wuxiao.query.appraisal.api;

/** Where a quarter's appraisal round stands, as its pages show it. */
public enum AppraisalRoundStatus {
    /** Opened over the quarter's pool; no panel yet. */
    OPEN("已开启"),
    /** The panel is named; scorers are not assigned yet. */
    PANEL_NAMED("已组建评审组"),
    /** Scoring tasks are open. */
    SCORING("评分中"),
    /** Scoring, and at least one proposal awaits the panel's consensus score. */
    RE_REVIEW("复议中"),
    /** Ranked with grades; awaiting the union leader's approval. */
    RANKED("已排名待审批"),
    /** Approved and published; objections are accepted until the period ends. */
    PUBLICITY("公示中"),
    /** Grades are final; rewards and points are granted. */
    FINALISED("已确认");

    private final String zh;

    AppraisalRoundStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** From PUBLICITY on a round's ranking is public to every logged-in user. */
    public boolean published() {
        return this == PUBLICITY || this == FINALISED;
    }
}
