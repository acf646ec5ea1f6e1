package com.wuxiao.query.commendation.api;

/** The year's standings the commendation is drafted from; answered with {@link CommendationStandings}. */
public record FindCommendationStandingsQuery(int year) {
}
