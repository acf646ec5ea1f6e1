package com.wuxiao.command.identity.api;

/** The role a reviewer plays on an appraisal panel. */
public enum PanelRole {
    TECH_EXPERT("技术专家"),
    PRODUCTION_BACKBONE("生产骨干"),
    UNION_REP("工会代表");

    private final String zh;

    PanelRole(String zh) { this.zh = zh; }

    public String zh() { return zh; }
}
