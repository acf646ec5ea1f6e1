package com.wuxiao.query.payout.api;

import com.wuxiao.command.common.api.RuleViolation;

/** A page of payout batches, newest first. Answered with {@link PayoutBatchPage}. */
public record FindPayoutBatchesQuery(Integer year, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindPayoutBatchesQuery {
        if (page < 0) {
            throw RuleViolation.invalid("page-negative", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("page-size-out-of-range", "size", MAX_SIZE);
        }
    }
}
