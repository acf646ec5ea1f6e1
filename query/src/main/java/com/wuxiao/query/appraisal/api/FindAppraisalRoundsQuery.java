package com.wuxiao.query.appraisal.api;

import java.util.Objects;

/** The rounds the asker may read, newest quarter first. Answered with {@link AppraisalRounds}. */
public record FindAppraisalRoundsQuery(RoundAccess access) {

    public FindAppraisalRoundsQuery {
        Objects.requireNonNull(access, "access");
    }
}
