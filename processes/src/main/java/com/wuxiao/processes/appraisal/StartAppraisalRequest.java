package com.wuxiao.processes.appraisal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The quarter whose appraisal round the union leader opens; the round decides the rest. */
public record StartAppraisalRequest(
        @NotNull(message = "年度不能为空 / year is required")
        @Min(value = 2000, message = "年度无效 / invalid year")
        @Max(value = 2100, message = "年度无效 / invalid year") Integer year,
        @NotNull(message = "季度不能为空 / quarter is required")
        @Min(value = 1, message = "季度须为 1–4 / the quarter must be 1 to 4")
        @Max(value = 4, message = "季度须为 1–4 / the quarter must be 1 to 4") Integer quarter) {
}
