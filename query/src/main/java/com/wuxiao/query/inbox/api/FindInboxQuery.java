package com.wuxiao.query.inbox.api;

import com.wuxiao.query.common.api.Paging;

import java.util.Objects;

/** A recipient's notifications, newest first. Answered with {@link InboxPage}. */
public record FindInboxQuery(String recipientId, boolean unreadOnly, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public FindInboxQuery {
        Objects.requireNonNull(recipientId, "recipientId");
        Paging.check(page, size, MAX_SIZE);
    }
}
