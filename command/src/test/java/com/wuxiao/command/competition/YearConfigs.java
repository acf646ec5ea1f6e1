package com.wuxiao.command.competition;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.competition.api.YearConfig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Mutable stand-in for {@link YearConfig} (product defaults), to change one value per test. */
final class YearConfigs {

    int year = 2025;
    List<Category> categories = new ArrayList<>(List.of(new Category("JDYS", "机电运输"), new Category("TFAQ", "通风安全")));
    Set<Integer> declarationMonths = new HashSet<>(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    ScoreWeights weights = ScoreWeights.defaults();
    GradeQuotas quotas = GradeQuotas.defaults();
    RewardAmounts rewards = RewardAmounts.defaults();
    PointsTable points = PointsTable.defaults();
    ReviewDeadlines deadlines = ReviewDeadlines.defaults();
    int commendationTopN = 10;

    YearConfig build() {
        return new YearConfig(year, categories, declarationMonths, weights, quotas, rewards, points, deadlines,
                commendationTopN);
    }
}
