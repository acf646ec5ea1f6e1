package com.wuxiao.query.growth.api;

/** The records of every member of a unit, by 工号; answered with {@link GrowthRecords}. */
public record FindUnitGrowthRecordsQuery(String unitId) {
}
