package com.wuxiao.query.catalogue.api;

import com.wuxiao.command.common.api.RuleViolation;

/**
 * A page of result requests, pending first, then newest first. Answered with {@link ResultRequestPage}.
 *
 * @param ownerId only those of this production owner; null: all (the union office)
 */
public record FindResultRequestsQuery(ResultRequestStatus status, String ownerId, String proposalId, int page,
                                      int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindResultRequestsQuery {
        if (page < 0) {
            throw RuleViolation.invalid("page-negative", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("page-size-out-of-range", "size", MAX_SIZE);
        }
    }
}
