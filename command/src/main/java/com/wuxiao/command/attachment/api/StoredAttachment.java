package com.wuxiao.command.attachment.api;

import com.wuxiao.command.proposal.api.AttachmentRef;

/**
 * An attachment's metadata and bytes, and what it belongs to: a draft (then {@code draftAuthorId}
 * is its author, the only one who may read it) or a proposal.
 */
public record StoredAttachment(AttachmentRef ref, byte[] content, String draftId, String draftAuthorId,
                               String proposalId) {
}
