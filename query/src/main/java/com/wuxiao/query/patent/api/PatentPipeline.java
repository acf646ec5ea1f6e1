package com.wuxiao.query.patent.api;

import java.util.List;

/**
 * The patent pipeline view: cases per status over all units, and per unit (units with any case,
 * by unit id).
 *
 * @param year the competition year asked for, null for all years
 */
public record PatentPipeline(Integer year, PatentCounts all, List<UnitPatentCounts> units) {

    public PatentPipeline {
        units = List.copyOf(units);
    }
}
