package com.wuxiao.command.proposal.api;

import java.time.Instant;

/** A file was attached to a proposal after its declaration (id, name, type, size, SHA-256; no bytes). */
public record AttachmentAddedEvent(String proposalId,
                                   String actorId,
                                   AttachmentRef attachment,
                                   Instant addedAt) {
}
