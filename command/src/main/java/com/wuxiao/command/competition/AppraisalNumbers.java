package com.wuxiao.command.competition;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;

import java.util.stream.LongStream;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * The checks of a year's appraisal numbers (weights, quotas, rewards, points, 创新标兵 count): the
 * {@link CompetitionYear} applies them to a configuration, a what-if of the rules to its alternative.
 */
public final class AppraisalNumbers {

    private AppraisalNumbers() {
    }

    public static void checkWeights(ScoreWeights weights) {
        requirePresent(weights, "weights", term("field.weights"));
        if (weights.feasibility() < 0 || weights.benefit() < 0 || weights.promotability() < 0
                || weights.feasibility() + weights.benefit() + weights.promotability() != CompetitionYear.PERCENT) {
            throw RuleViolation.invalid("weights-not-100", "weights");
        }
    }

    /** Quotas are cumulative percentages, so each grade's cut-off is at or after the previous one. */
    public static void checkQuotas(GradeQuotas quotas) {
        requirePresent(quotas, "quotas", term("field.quotas"));
        if (!(0 < quotas.first() && quotas.first() <= quotas.second() && quotas.second() <= quotas.third()
                && quotas.third() <= CompetitionYear.PERCENT)) {
            throw RuleViolation.invalid("invalid-quotas", "quotas");
        }
        if (quotas.meritMinScore() < 0 || quotas.meritMinScore() > CompetitionYear.MAX_SCORE) {
            throw RuleViolation.invalid("invalid-merit-min-score", "quotas.meritMinScore");
        }
    }

    public static void checkRewards(RewardAmounts rewards) {
        requirePresent(rewards, "rewards", term("field.rewards"));
        if (LongStream.of(rewards.firstFen(), rewards.secondFen(), rewards.thirdFen(), rewards.meritFen())
                .anyMatch(fen -> fen < 0)) {
            throw RuleViolation.invalid("negative-reward", "rewards");
        }
        if (LongStream.of(rewards.firstFen(), rewards.secondFen(), rewards.thirdFen(), rewards.meritFen())
                .anyMatch(fen -> fen > CompetitionYear.MAX_REWARD_FEN)) {
            throw RuleViolation.invalid("reward-too-large", "rewards");
        }
    }

    public static void checkPoints(PointsTable points) {
        requirePresent(points, "points", term("field.points"));
        if (LongStream.of(points.accepted(), points.first(), points.second(), points.third(), points.merit(),
                        points.patentFiled(), points.inventionGranted(), points.utilityModelGranted(),
                        points.designGranted(), points.adopted(), points.replication())
                .anyMatch(p -> p < 0)) {
            throw RuleViolation.invalid("negative-points", "points");
        }
    }

    public static void checkCommendationTopN(int topN) {
        if (topN < 1) {
            throw RuleViolation.invalid("invalid-commendation-top-n", "commendationTopN");
        }
    }

    static void requirePresent(Object value, String field, RuleViolation.Term label) {
        if (value == null) {
            throw RuleViolation.invalid("required", field, label);
        }
    }
}
