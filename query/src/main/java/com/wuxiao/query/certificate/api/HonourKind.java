package com.wuxiao.query.certificate.api;

/** What a certificate (荣誉证书) is for. */
public enum HonourKind {
    /** A grade of a quarterly round, one certificate per author. */
    AWARD("获奖证书"),
    /** 创新标兵 of a confirmed commendation. */
    INNOVATION_STAR("创新标兵"),
    /** 金牌工匠, with its citation. */
    GOLDEN_CRAFTSMAN("金牌工匠"),
    /** 优秀组织单位 of a confirmed commendation; held by a unit. */
    EXCELLENT_UNIT("优秀组织单位");

    private final String zh;

    HonourKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
