package com.wuxiao.command.competition;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.competition.api.YearConfig;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * Body of a year's configuration: {@link YearConfig} without the year (it is in the path). The
 * shape is checked here; sums, orderings and ranges by the {@link CompetitionYear} aggregate.
 */
public record YearConfigRequest(
        @NotEmpty(message = "至少需要一个专业类别 / at least one category is required")
        @Valid List<@NotNull(message = "专业类别不能为空 / a category entry is empty") CategoryRequest> categories,
        @NotEmpty(message = "至少需要一个申报月份 / at least one declaration month is required")
        Set<@NotNull(message = "申报月份不能为空 / a month is empty")
            @Min(value = 1, message = "申报月份须在 1–12 之间 / months are 1 to 12")
            @Max(value = 12, message = "申报月份须在 1–12 之间 / months are 1 to 12") Integer> declarationMonths,
        @NotNull(message = "评分权重不能为空 / weights are required") ScoreWeights weights,
        @NotNull(message = "获奖比例不能为空 / quotas are required") GradeQuotas quotas,
        @NotNull(message = "奖金不能为空 / rewards are required") RewardAmounts rewards,
        @NotNull(message = "积分标准不能为空 / points are required") PointsTable points,
        @NotNull(message = "期限不能为空 / deadlines are required") ReviewDeadlines deadlines,
        @NotNull(message = "创新标兵人数不能为空 / commendationTopN is required")
        @Min(value = 1, message = "创新标兵人数至少为 1 / commendationTopN is at least 1") Integer commendationTopN) {

    /**
     * A category: short code (e.g. JDYS) and its name (机电运输). Codes are typed into forms and
     * compared exactly, so they are plain upper-case letters and digits: no look-alike code with an
     * invisible character.
     */
    public record CategoryRequest(
            @NotBlank(message = "类别代码不能为空 / the category code is required")
            @Pattern(regexp = "[A-Z][A-Z0-9]{0,15}",
                    message = "类别代码须为大写字母和数字，最多 16 位 / the category code is up to 16 upper-case letters and digits")
            String code,
            @NotBlank(message = "类别名称不能为空 / the category name is required")
            @Size(max = 50, message = "类别名称最多 50 字 / the category name is at most 50 characters") String name) {
    }

    YearConfig toConfig(int year) {
        return new YearConfig(year, categories.stream().map(c -> new Category(c.code(), c.name())).toList(),
                declarationMonths, weights, quotas, rewards, points, deadlines, commendationTopN);
    }
}
