package com.wuxiao.query.inbox.api;

import java.util.Objects;

/** How many of a recipient's notifications are unread. Answered with {@link UnreadCount}. */
public record CountUnreadQuery(String recipientId) {

    public CountUnreadQuery {
        Objects.requireNonNull(recipientId, "recipientId");
    }
}
