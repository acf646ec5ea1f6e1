package com.wuxiao.processes.worklist;

import com.wuxiao.query.appraisal.api.ScorerProgress;

import java.util.List;

/**
 * A reviewer's open scoring tasks, oldest first, and for each round they have tasks in, their own
 * progress there ("2/4": scores recorded / proposals assigned).
 */
public record MyScoring(List<ScoringTask> tasks, List<RoundScoring> rounds) {

    public MyScoring {
        tasks = List.copyOf(tasks);
        rounds = List.copyOf(rounds);
    }

    /** @param mine the reviewer's own progress; null if the round's read model does not know them yet */
    public record RoundScoring(String roundId, ScorerProgress mine) {
    }
}
