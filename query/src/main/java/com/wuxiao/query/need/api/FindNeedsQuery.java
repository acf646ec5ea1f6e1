package com.wuxiao.query.need.api;

import com.wuxiao.query.common.api.Paging;

import java.time.LocalDate;

/**
 * A page of production needs, newest first. Answered with {@link NeedPage}; anyone logged in may ask.
 *
 * @param open   true: open and not past the deadline on {@code today}; false: the others; null: all
 * @param unitId the need's unit; null: all
 * @param today  the day (Beijing) deadlines are judged on
 */
public record FindNeedsQuery(Boolean open, String unitId, LocalDate today, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindNeedsQuery {
        Paging.check(page, size, MAX_SIZE);
    }
}
