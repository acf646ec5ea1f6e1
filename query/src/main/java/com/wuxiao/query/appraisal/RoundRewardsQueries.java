package com.wuxiao.query.appraisal;

import com.wuxiao.query.appraisal.api.AppraisalRoundDetail;
import com.wuxiao.query.appraisal.api.AppraisalRoundStatus;
import com.wuxiao.query.appraisal.api.FindRoundRewardsQuery;
import com.wuxiao.query.appraisal.api.PersonReward;
import com.wuxiao.query.appraisal.api.RoundRewards;
import com.wuxiao.query.people.WorkerNames;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers a round's rewards per worker, with the workers' names from the identity store. */
@Component
public class RoundRewardsQueries {

    private final AppraisalReadModel rounds;
    private final RoundRewardsReadModel rewards;
    private final WorkerNames names;

    RoundRewardsQueries(AppraisalReadModel rounds, RoundRewardsReadModel rewards, WorkerNames names) {
        this.rounds = rounds;
        this.rewards = rewards;
        this.names = names;
    }

    /** Null for an unknown round; no rows before the round is finalised. */
    @QueryHandler
    public RoundRewards handle(FindRoundRewardsQuery query) {
        Optional<AppraisalRoundDetail> found = rounds.round(query.roundId());
        if (found.isEmpty()) {
            return null;
        }
        AppraisalRoundDetail round = found.get();
        List<RoundRewardsReadModel.WorkerTotal> totals = round.status() != AppraisalRoundStatus.FINALISED ? List.of()
                : rewards.perWorker(round.roundId());
        Map<String, String> known = totals.isEmpty() ? Map.of()
                : names.namesOf(totals.stream().map(RoundRewardsReadModel.WorkerTotal::workerId).toList());
        List<PersonReward> rows = totals.stream()
                .map(t -> new PersonReward(t.workerId(), known.get(t.workerId()), t.unitId(), t.proposals(),
                        t.rewardFen(), t.points()))
                .toList();
        return RoundRewards.of(round.roundId(), round.year(), round.quarter(), round.status(), round.finalisedAt(),
                rows);
    }
}
