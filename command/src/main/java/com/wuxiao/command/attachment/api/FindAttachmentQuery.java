package com.wuxiao.command.attachment.api;

/**
 * One stored attachment with its bytes, answered with a {@link StoredAttachment}, or null when there
 * is none (ask with {@code ResponseTypes.optionalInstanceOf}). Says nothing about who may read it:
 * the asker decides (the proposal's read rules, or the draft's author).
 */
public record FindAttachmentQuery(String attachmentId) {
}
