package com.wuxiao.query.patent.api;

import java.time.Instant;

/**
 * How many patent cases stand at each status, over all units and per unit. Answered with
 * {@link PatentPipeline}.
 *
 * @param year competition year of the results; null for all years
 * @param asOf the pipeline as it stood at this instant; null: now
 */
public record FindPatentPipelineQuery(Integer year, Instant asOf) {

    /** The pipeline as it stands now. */
    public FindPatentPipelineQuery(Integer year) {
        this(year, null);
    }
}
