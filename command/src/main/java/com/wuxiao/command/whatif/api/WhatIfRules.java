package com.wuxiao.command.whatif.api;

import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.command.appraisal.api.RoundConfig;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;

/**
 * The appraisal rules a what-if (规则推演) replays a round or a year with: the year's configurable
 * numbers and the two rules of product.md that are not (yet) configuration — from how many scores the
 * highest and lowest are dropped, and the spread above which a proposal goes to consensus re-review.
 *
 * @param trimFrom       with this many scores or more, one highest and one lowest are dropped (3..100)
 * @param maxSpread      a spread above this sends a proposal to consensus re-review (0..100)
 * @param commendationTopN how many 创新标兵 (ties at the boundary included)
 */
public record WhatIfRules(ScoreWeights weights,
                          GradeQuotas quotas,
                          RewardAmounts rewards,
                          PointsTable points,
                          int trimFrom,
                          int maxSpread,
                          int commendationTopN) {

    /** The rules a round was decided by: its configuration snapshot and the fixed rules. */
    public static WhatIfRules of(RoundConfig config, int commendationTopN) {
        return new WhatIfRules(config.weights(), config.quotas(), config.rewards(), config.points(),
                AppraisalLimits.TRIM_FROM,
                AppraisalLimits.MAX_SPREAD, commendationTopN);
    }

    /** The same rules as a round's configuration snapshot, for the rule code that takes one. */
    public RoundConfig asRoundConfig(RoundConfig decided) {
        return new RoundConfig(weights, quotas, rewards, points, decided.publicity());
    }
}
