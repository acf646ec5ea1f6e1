package com.wuxiao.command.draft;

import java.time.Instant;

/** A draft in the author's list; title null while none is typed. */
public record DraftSummary(String id, String title, int attachmentCount, Instant createdAt, Instant updatedAt) {
}
