package com.wuxiao.command.attachment.api;

import com.wuxiao.command.proposal.api.AttachmentRef;

/**
 * An attachment's metadata and bytes, and what it belongs to: a draft (then {@code draftAuthorId}
 * is its author, the only one who may read it), a proposal, or an innovation fund claim (a receipt,
 * which its uploader, the claimant, reads besides the union office).
 */
public record StoredAttachment(AttachmentRef ref, byte[] content, String draftId, String draftAuthorId,
                               String proposalId, String claimId, String uploaderId) {
}
