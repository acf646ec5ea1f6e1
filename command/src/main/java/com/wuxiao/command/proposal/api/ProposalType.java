package com.wuxiao.command.proposal.api;

/** The five smalls (五小). */
public enum ProposalType {
    INVENTION("小发明"),
    CREATION("小创造"),
    INNOVATION("小革新"),
    DESIGN("小设计"),
    SUGGESTION("小建议");

    private final String zh;

    ProposalType(String zh) { this.zh = zh; }

    public String zh() { return zh; }
}
