package com.wuxiao.command.competition.api;

/** Weights in percent of feasibility, benefit and promotability; they sum to 100. */
public record ScoreWeights(int feasibility, int benefit, int promotability) {

    public static ScoreWeights defaults() {
        return new ScoreWeights(40, 35, 25);
    }
}
