package com.wuxiao.query.inbox.api;

public record UnreadCount(long count) {
}
