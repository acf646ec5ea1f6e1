package com.wuxiao.command.proposal.api;

public enum RejectionReason {
    DUPLICATE("重复申报"),
    NOT_ORIGINAL("非原创"),
    FORM_OVER_SUBSTANCE("重形式、轻实效"),
    OUT_OF_SCOPE("不属于五小范围"),
    INCOMPLETE("材料不完整");

    private final String zh;

    RejectionReason(String zh) { this.zh = zh; }

    public String zh() { return zh; }
}
