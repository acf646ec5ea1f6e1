package com.wuxiao.command.draft;

/** Answer to saving a new draft: its id (also in the Location header). */
public record DraftCreated(String id) {
}
