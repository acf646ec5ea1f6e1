package com.wuxiao.command.patent;

/** Answer to a nomination: the new patent case's id (also in the Location header). */
public record PatentCaseCreated(String patentId) {
}
