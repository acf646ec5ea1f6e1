package com.wuxiao.query.payout.api;

/** Where a payout batch stands. */
public enum PayoutBatchStatus {
    DRAFT("待审批"), APPROVED("已审批"), PAID("已发放"), CANCELLED("已撤销");

    private final String zh;

    PayoutBatchStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
