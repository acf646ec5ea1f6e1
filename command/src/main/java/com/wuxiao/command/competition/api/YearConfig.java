package com.wuxiao.command.competition.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of one competition year, set by the union leader. Product defaults come from
 * {@link #defaults(int, List)}.
 *
 * @param declarationMonths months (1–12) in which proposals may be declared
 * @param commendationTopN  how many workers are named 创新标兵
 */
public record YearConfig(int year,
                         List<Category> categories,
                         Set<Integer> declarationMonths,
                         ScoreWeights weights,
                         GradeQuotas quotas,
                         RewardAmounts rewards,
                         PointsTable points,
                         ReviewDeadlines deadlines,
                         int commendationTopN) {

    /**
     * Copies defensively but lets nulls through (also as elements), unlike List/Set.copyOf: the
     * CompetitionYear aggregate refuses them with a RuleViolation (400) instead of an NPE here.
     */
    public YearConfig {
        categories = categories == null ? null : Collections.unmodifiableList(new ArrayList<>(categories));
        declarationMonths = declarationMonths == null ? null
                : Collections.unmodifiableSet(new LinkedHashSet<>(declarationMonths));
    }

    public static YearConfig defaults(int year, List<Category> categories) {
        return new YearConfig(year, categories, Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                ScoreWeights.defaults(), GradeQuotas.defaults(), RewardAmounts.defaults(),
                PointsTable.defaults(), ReviewDeadlines.defaults(), 10);
    }

    public boolean hasCategory(String code) {
        return categories.stream().anyMatch(c -> c.code().equals(code));
    }
}
