package com.wuxiao.command.competition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/** Body of a year's headcounts: unit id → employees. Units are checked by the aggregate. */
public record UnitHeadcountsRequest(
        @NotEmpty(message = "至少需要一个单位的人数 / at least one unit's headcount is required")
        Map<String, @NotNull(message = "人数不能为空 / a headcount is empty")
            @Min(value = 1, message = "人数至少为 1 / a headcount is at least 1")
            @Max(value = CompetitionYear.MAX_HEADCOUNT, message = "人数过大 / a headcount is too large") Integer> headcounts) {
}
