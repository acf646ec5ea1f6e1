package com.wuxiao.command.patent.api;

/** A step of patent promotion that has a due date and is reminded of when overdue. */
public enum PatentStep {
    PREPARATION("准备申请材料"),
    FILING("提交申请"),
    OFFICE_ACTION_RESPONSE("答复审查意见");

    private final String zh;

    PatentStep(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
