package com.wuxiao.query.inbox;

import com.wuxiao.query.inbox.api.CountUnreadQuery;
import com.wuxiao.query.inbox.api.FindInboxQuery;
import com.wuxiao.query.inbox.api.InboxPage;
import com.wuxiao.query.inbox.api.UnreadCount;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers inbox queries (the pages' badge and list ask these too). */
@Component
public class InboxQueries {

    private final InboxReadModel readModel;

    InboxQueries(InboxReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    public InboxPage handle(FindInboxQuery query) {
        return readModel.page(query.recipientId(), query.unreadOnly(), query.page(), query.size());
    }

    @QueryHandler
    public UnreadCount handle(CountUnreadQuery query) {
        return new UnreadCount(readModel.unread(query.recipientId()));
    }
}
