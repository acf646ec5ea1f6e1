package com.wuxiao.command.conversion.api;

/** A step of conversion to production that has a due date and is reminded of when overdue. */
public enum ConversionMilestone {
    TRIAL_START("开始试用"),
    TRIAL_END("结束试用"),
    ADOPTION_DECISION("采纳决定"),
    BENEFIT_REPORT_3_MONTHS("3个月效益报告"),
    BENEFIT_REPORT_12_MONTHS("12个月效益报告");

    private final String zh;

    ConversionMilestone(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
