package com.wuxiao.query.patent.api;

/**
 * How many patent cases stand at each status, over all units and per unit. Answered with
 * {@link PatentPipeline}.
 *
 * @param year competition year of the results; null for all years
 */
public record FindPatentPipelineQuery(Integer year) {
}
