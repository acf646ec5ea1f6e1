package com.wuxiao.query.catalogue.api;

import com.wuxiao.query.common.api.Paging;

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
        Paging.check(page, size, MAX_SIZE);
    }
}
