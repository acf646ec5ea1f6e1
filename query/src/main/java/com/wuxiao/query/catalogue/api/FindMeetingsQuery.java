package com.wuxiao.query.catalogue.api;

import com.wuxiao.query.common.api.Paging;

/**
 * A page of promotion meetings, latest day first. Answered with {@link MeetingPage}.
 *
 * @param invitedOwnerId only meetings this owner is invited to; null: all (the union office)
 */
public record FindMeetingsQuery(String invitedOwnerId, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindMeetingsQuery {
        Paging.check(page, size, MAX_SIZE);
    }
}
