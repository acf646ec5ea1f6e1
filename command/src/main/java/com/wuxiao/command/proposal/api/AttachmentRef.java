package com.wuxiao.command.proposal.api;

/**
 * What events and read models know of an attached file: never its bytes, which stay in the
 * attachment table under {@code id}.
 *
 * @param id        server-made UUID
 * @param name      display name only (sanitised; never used as a path)
 * @param mediaType detected from the content, e.g. {@code application/pdf}
 * @param size      bytes
 * @param sha256    lower-case hex SHA-256 of the content
 */
public record AttachmentRef(String id, String name, String mediaType, long size, String sha256) {
}
