package com.wuxiao.query.patent.api;

/** Where a patent case stands in the pipeline (专利推进); the last three end it. */
public enum PatentStatus {
    NOMINATED("已提名"),
    PREPARED("材料已备"),
    FILED("已申请"),
    GRANTED("已授权"),
    REJECTED("已驳回"),
    ABANDONED("已放弃");

    private final String zh;

    PatentStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public boolean ended() {
        return this == GRANTED || this == REJECTED || this == ABANDONED;
    }
}
