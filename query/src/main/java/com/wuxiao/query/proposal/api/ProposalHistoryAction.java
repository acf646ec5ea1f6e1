package com.wuxiao.query.proposal.api;

/** What happened to a proposal in one step of its history. */
public enum ProposalHistoryAction {
    SUBMITTED("申报"),
    REVISED("修改后重新申报"),
    WITHDRAWN("撤回"),
    ACCEPTED("初审通过"),
    RETURNED("退回修改"),
    REJECTED("初审不通过"),
    ESCALATED("初审超期，转工会办公室"),
    /** The quarterly appraisal's final result; the entry's reason is the Grade name. */
    APPRAISED("季度评审定级"),
    /** An author attached a file after the declaration (files declared with it come with SUBMITTED). */
    ATTACHMENT_ADDED("添加附件");

    private final String zh;

    ProposalHistoryAction(String zh) { this.zh = zh; }

    public String zh() { return zh; }
}
