package com.wuxiao.command.attachment;

/** An uploaded file that passed every check: its display name, detected type, bytes and their SHA-256. */
public record CheckedFile(String name, String mediaType, byte[] content, String sha256) {

    public long size() {
        return content.length;
    }
}
