package com.wuxiao.query.leaderboard.api;

/** Why a worker earned points or money. */
public enum LedgerEntryKind {
    /** Accepted at screening: the year's acceptance points, split by share. */
    ACCEPTED("初审通过"),
    /** A grade of a finalised round: its points, split by share. */
    AWARD_POINTS("获奖积分"),
    /** A grade of a finalised round: its reward money, split by share. */
    REWARD("获奖奖金"),
    /** An awarded result's patent application was filed: points split by share. */
    PATENT_FILED("专利申请"),
    /** Its patent was granted: points by patent type, split by share. */
    PATENT_GRANTED("专利授权"),
    /** A production unit adopted it: points split by share. */
    ADOPTED("成果采纳"),
    /** A further unit adopted it (replication): points split by share. */
    REPLICATED("推广复制");

    private final String zh;

    LedgerEntryKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
