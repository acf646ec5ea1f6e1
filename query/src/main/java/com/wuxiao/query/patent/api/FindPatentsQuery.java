package com.wuxiao.query.patent.api;

import com.wuxiao.query.common.api.Paging;

/**
 * A page of patent cases, most recently changed first; every null filter matches all. Answered with
 * {@link PatentPage}. No access rules: the caller decides who may ask.
 *
 * @param year competition year of the result
 * @param page 0-based
 * @param size 1..{@value #MAX_SIZE}
 */
public record FindPatentsQuery(PatentStatus status, String unitId, Integer year, int page, int size) {

    /** Bounds what one request can make the database read and the client render. */
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindPatentsQuery {
        Paging.check(page, size, MAX_SIZE);
    }
}
