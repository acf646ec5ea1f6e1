package com.wuxiao.command.draft;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxPerAuthor drafts one person may keep at once: each may hold files, so the server's storage
 *                     is bounded per person
 */
@ConfigurationProperties("wuxiao.drafts")
public record DraftLimits(@DefaultValue("20") int maxPerAuthor) {

    public DraftLimits {
        if (maxPerAuthor < 1) {
            throw new IllegalArgumentException("wuxiao.drafts.max-per-author must be at least 1");
        }
    }
}
