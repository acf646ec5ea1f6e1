package com.wuxiao.query.growth.api;

/** A worker's record; answered with {@link GrowthRecord} (empty lists for a worker without one). */
public record FindGrowthRecordQuery(String workerId) {
}
