package com.wuxiao.query.appraisal;

import com.wuxiao.query.appraisal.api.AppraisalRoundDetail;
import com.wuxiao.query.appraisal.api.AppraisalRounds;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundQuery;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundsQuery;
import com.wuxiao.query.appraisal.api.FindRoundProgressQuery;
import com.wuxiao.query.appraisal.api.RoundAccess;
import com.wuxiao.query.appraisal.api.RoundProgress;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Answers the round queries from the round read model, leaving out what the asker's
 * {@link RoundAccess} does not cover.
 */
@Component
public class AppraisalQueries {

    private final AppraisalReadModel readModel;

    AppraisalQueries(AppraisalReadModel readModel) {
        this.readModel = readModel;
    }

    /** Null for an unknown round, and for the public before the ranking is published. */
    @QueryHandler
    public AppraisalRoundDetail handle(FindAppraisalRoundQuery query) {
        RoundAccess access = query.access();
        return readModel.round(query.roundId())
                .filter(round -> access != RoundAccess.PUBLIC || round.status().published())
                .map(round -> AppraisalReadModel.withLists(round,
                        access == RoundAccess.PUBLIC ? List.of() : readModel.panel(round.roundId()),
                        readModel.results(round.roundId(), access == RoundAccess.FULL),
                        access == RoundAccess.PUBLIC ? List.of()
                                : readModel.objections(round.roundId(), access == RoundAccess.FULL)))
                .orElse(null);
    }

    @QueryHandler
    public AppraisalRounds handle(FindAppraisalRoundsQuery query) {
        return new AppraisalRounds(readModel.rounds().stream()
                .filter(round -> query.access() != RoundAccess.PUBLIC || round.status().published())
                .toList());
    }

    /** Null for an unknown round. */
    @QueryHandler
    public RoundProgress handle(FindRoundProgressQuery query) {
        return readModel.progress(query.roundId()).orElse(null);
    }
}
