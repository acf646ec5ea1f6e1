package com.wuxiao.command.attachment;

import com.wuxiao.command.common.api.RuleViolation;

/** The refusals about the number of files, shared by drafts and the proposal aggregate. */
public final class Attachments {

    private Attachments() {
    }

    public static RuleViolation tooMany(int max) {
        return RuleViolation.conflict("too-many-attachments", max);
    }
}
