package com.wuxiao.query.commendation.api;

/**
 * A year's commendation. Answered with a {@link CommendationDetail}, or null if nothing of it exists
 * or, for a reader without {@code draftsVisible}, while it is not confirmed.
 *
 * @param draftsVisible the union office and administrators see drafts; everyone else the confirmed list
 */
public record FindCommendationQuery(int year, boolean draftsVisible) {
}
