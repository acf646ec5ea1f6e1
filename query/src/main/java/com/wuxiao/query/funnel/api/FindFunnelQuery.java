package com.wuxiao.query.funnel.api;

import com.wuxiao.query.period.api.Period;

/**
 * The conversion funnel of a period, per unit and in total.
 *
 * @param unitId one unit only, or null for every unit
 */
public record FindFunnelQuery(Period period, String unitId) {
}
