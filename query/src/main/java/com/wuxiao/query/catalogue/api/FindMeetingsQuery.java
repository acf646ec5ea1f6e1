package com.wuxiao.query.catalogue.api;

import com.wuxiao.command.common.api.RuleViolation;

/**
 * A page of promotion meetings, latest day first. Answered with {@link MeetingPage}.
 *
 * @param invitedOwnerId only meetings this owner is invited to; null: all (the union office)
 */
public record FindMeetingsQuery(String invitedOwnerId, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindMeetingsQuery {
        if (page < 0) {
            throw RuleViolation.invalid("page-negative", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("page-size-out-of-range", "size", MAX_SIZE);
        }
    }
}
