package com.wuxiao.command.proposal.api;

public enum ProposalStatus {
    SUBMITTED("已申报"),
    RETURNED("退回修改"),
    ACCEPTED("初审通过"),
    REJECTED("初审不通过"),
    WITHDRAWN("已撤回");

    private final String zh;

    ProposalStatus(String zh) { this.zh = zh; }

    public String zh() { return zh; }
}
