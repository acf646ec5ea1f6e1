package com.wuxiao.query.patent.api;

/**
 * Every patent case matching the filters (null matches all), in the order of {@link FindPatentsQuery},
 * without paging: for exports. Answered with {@link PatentList}.
 */
public record ListPatentsQuery(PatentStatus status, String unitId, Integer year) {
}
