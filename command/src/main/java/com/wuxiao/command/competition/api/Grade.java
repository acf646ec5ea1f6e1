package com.wuxiao.command.competition.api;

/** Award grades of the quarterly appraisal. */
public enum Grade {
    FIRST("一等奖"),
    SECOND("二等奖"),
    THIRD("三等奖"),
    MERIT("优秀奖"),
    NONE("未获奖");

    private final String zh;

    Grade(String zh) { this.zh = zh; }

    public String zh() { return zh; }
}
