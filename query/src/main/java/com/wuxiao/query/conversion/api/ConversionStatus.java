package com.wuxiao.query.conversion.api;

/** Where a conversion to production (成果转化) stands; the last two end it. */
public enum ConversionStatus {
    HANDED_OVER("已移交"),
    IN_TRIAL("试用中"),
    TRIAL_ENDED("试用结束"),
    ADOPTED("已采纳"),
    DECLINED("未采纳");

    private final String zh;

    ConversionStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
