package com.wuxiao.query.appraisal.api;

import java.util.Objects;

/**
 * One round with its ranking, as far as {@code access} allows. Answered with
 * {@link AppraisalRoundDetail}, or null (ask with {@code ResponseTypes.optionalInstanceOf}) when there
 * is no such round or the asker may not read it yet.
 */
public record FindAppraisalRoundQuery(String roundId, RoundAccess access) {

    public FindAppraisalRoundQuery {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(access, "access");
    }
}
