package com.wuxiao.command.need;

/** Answer to a publication: the new need's id (also in the Location header). */
public record NeedCreated(String needId) {
}
