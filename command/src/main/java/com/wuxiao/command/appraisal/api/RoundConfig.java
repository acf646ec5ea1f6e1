package com.wuxiao.command.appraisal.api;

import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;

import java.time.Duration;

/**
 * The year's rules as they were when the round was opened: a later change of the year's
 * configuration does not alter a running round.
 */
public record RoundConfig(ScoreWeights weights, GradeQuotas quotas, RewardAmounts rewards, PointsTable points,
                          Duration publicity) {
}
