package com.wuxiao.query.leaderboard.api;

/** Why a worker earned points or money. */
public enum LedgerEntryKind {
    /** Accepted at screening: the year's acceptance points, split by share. */
    ACCEPTED("初审通过"),
    /** A grade of a finalised round: its points, split by share. */
    AWARD_POINTS("获奖积分"),
    /** A grade of a finalised round: its reward money, split by share. */
    REWARD("获奖奖金");

    private final String zh;

    LedgerEntryKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
