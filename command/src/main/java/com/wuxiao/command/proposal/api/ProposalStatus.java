package com.wuxiao.command.proposal.api;

import com.wuxiao.command.competition.api.Grade;

public enum ProposalStatus {
    SUBMITTED("已申报"),
    RETURNED("退回修改"),
    ACCEPTED("初审通过"),
    REJECTED("初审不通过"),
    WITHDRAWN("已撤回"),
    AWARDED("已获奖"),
    NOT_AWARDED("未获奖");

    private final String zh;

    ProposalStatus(String zh) { this.zh = zh; }

    public String zh() { return zh; }

    /** The status after the quarterly appraisal: any grade but NONE is an award. */
    public static ProposalStatus appraisedAs(Grade grade) {
        return grade == Grade.NONE ? NOT_AWARDED : AWARDED;
    }
}
