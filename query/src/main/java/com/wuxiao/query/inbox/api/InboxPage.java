package com.wuxiao.query.inbox.api;

import java.util.List;

/**
 * A page of the caller's notifications, newest first.
 *
 * @param total  notifications matching the filter
 * @param unread the caller's unread notifications in all
 */
public record InboxPage(List<InboxItem> items, int page, int size, long total, long unread) {

    public InboxPage {
        items = List.copyOf(items);
    }
}
