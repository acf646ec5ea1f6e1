package com.wuxiao.query.patent.api;

/**
 * One patent case with its office actions. Answered with a {@link PatentDetail}, or null when there
 * is no such case: ask with {@code ResponseTypes.optionalInstanceOf(PatentDetail.class)}.
 */
public record FindPatentQuery(String patentId) {
}
