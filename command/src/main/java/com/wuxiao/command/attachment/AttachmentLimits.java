package com.wuxiao.command.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many files a draft or proposal may carry and how large each may be. The proposal aggregate
 * receives it as a handler parameter (it enforces the count); uploads check the size. Keep
 * {@code spring.servlet.multipart.max-file-size} a little above {@code maxFileSize}, so that an
 * oversized file reaches the upload check and gets its message.
 */
@ConfigurationProperties("wuxiao.attachments")
public record AttachmentLimits(@DefaultValue("5") int maxFiles, @DefaultValue("10MB") DataSize maxFileSize) {

    public AttachmentLimits {
        if (maxFiles < 1) {
            throw new IllegalArgumentException("wuxiao.attachments.max-files must be at least 1");
        }
        if (maxFileSize == null || maxFileSize.toBytes() < 1) {
            throw new IllegalArgumentException("wuxiao.attachments.max-file-size must be positive");
        }
    }

    public static AttachmentLimits defaults() {
        return new AttachmentLimits(5, DataSize.ofMegabytes(10));
    }
}
