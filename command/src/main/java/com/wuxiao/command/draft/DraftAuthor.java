package com.wuxiao.command.draft;

import jakarta.validation.constraints.Size;

/** An author line of a draft, as in a declaration: worker id and share, either still empty. */
public record DraftAuthor(@Size(max = DraftContent.ID_MAX, message = DraftContent.ID_TOO_LONG) String workerId,
                          Integer share) {
}
