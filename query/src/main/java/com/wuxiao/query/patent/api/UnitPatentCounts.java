package com.wuxiao.query.patent.api;

/** The patent cases of the results of one unit, per status. */
public record UnitPatentCounts(String unitId, PatentCounts counts) {
}
