package com.wuxiao.query.commendation.api;

import java.time.Instant;

/**
 * The year's standings the commendation is drafted from; answered with {@link CommendationStandings}.
 *
 * @param asOf the standings as they stood at this instant; null: now
 */
public record FindCommendationStandingsQuery(int year, Instant asOf) {

    /** The standings as they stand now. */
    public FindCommendationStandingsQuery(int year) {
        this(year, null);
    }
}
