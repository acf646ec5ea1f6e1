package com.wuxiao.command.attachment;

import com.wuxiao.command.attachment.api.FindAttachmentQuery;
import com.wuxiao.command.attachment.api.StoredAttachment;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Hands a stored attachment to the download, which applies the read rules of the query side. */
@Component
class AttachmentQueries {

    private final AttachmentStore store;

    AttachmentQueries(AttachmentStore store) {
        this.store = store;
    }

    /** Null for no such attachment, also for an id that is no UUID (nothing can be stored under it). */
    @QueryHandler
    StoredAttachment handle(FindAttachmentQuery query) {
        UUID id;
        try {
            id = UUID.fromString(query.attachmentId());
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
        return store.find(id).orElse(null);
    }
}
