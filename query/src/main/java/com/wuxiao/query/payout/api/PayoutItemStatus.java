package com.wuxiao.query.payout.api;

/** Where the payment of a reward stands. */
public enum PayoutItemStatus {
    DUE("待发放"), IN_BATCH("发放中"), PAID("已发放");

    private final String zh;

    PayoutItemStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
