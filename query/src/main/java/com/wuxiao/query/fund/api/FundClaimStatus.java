package com.wuxiao.query.fund.api;

/** Where a claim on the innovation fund stands. */
public enum FundClaimStatus {
    PENDING("待审批"), APPROVED("已核准"), REFUSED("不予报销");

    private final String zh;

    FundClaimStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
