package com.wuxiao.query.funnel.api;

import com.wuxiao.query.period.api.Period;

import java.time.Instant;

/**
 * The conversion funnel of a period, per unit and in total.
 *
 * @param unitId one unit only, or null for every unit
 * @param asOf   the funnel as it stood at this instant (only what was recorded by then); null: now
 */
public record FindFunnelQuery(Period period, String unitId, Instant asOf) {

    /** The funnel as it stands now. */
    public FindFunnelQuery(Period period, String unitId) {
        this(period, unitId, null);
    }
}
