package com.wuxiao.command.patent;

/** Where a patent case stands; the last three end it. */
enum CaseStatus {
    NOMINATED(null), PREPARED(null), FILED(null), GRANTED("已授权"), REJECTED("已驳回"), ABANDONED("已放弃");

    /** How an ended case is named in messages; null while open. */
    private final String endedZh;

    CaseStatus(String endedZh) {
        this.endedZh = endedZh;
    }

    boolean ended() {
        return endedZh != null;
    }

    String endedZh() {
        return endedZh;
    }
}
