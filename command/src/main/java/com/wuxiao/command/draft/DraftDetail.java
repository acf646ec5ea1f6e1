package com.wuxiao.command.draft;

import com.wuxiao.command.proposal.api.AttachmentRef;

import java.time.Instant;
import java.util.List;

/** A draft as its author reopens it: the form content and the files attached so far (oldest first). */
public record DraftDetail(String id, DraftContent content, List<AttachmentRef> attachments, Instant createdAt,
                          Instant updatedAt) {

    public DraftDetail {
        attachments = List.copyOf(attachments);
    }
}
