package com.wuxiao.query.catalogue.api;

/** Where a unit's request for a result stands. */
public enum ResultRequestStatus {
    PENDING, ACCEPTED, DECLINED
}
