package com.wuxiao.query.appraisal.api;

import java.util.List;

/** Rounds, newest quarter first. */
public record AppraisalRounds(List<AppraisalRoundSummary> rounds) {

    public AppraisalRounds {
        rounds = List.copyOf(rounds);
    }
}
