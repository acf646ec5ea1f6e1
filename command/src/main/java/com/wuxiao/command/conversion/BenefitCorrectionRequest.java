package com.wuxiao.command.conversion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Corrected figures of a benefit report and why; the aggregate checks amounts and decimals. */
public record BenefitCorrectionRequest(
        @NotNull(message = "年节约金额不能为空 / cnySavedPerYear is required") BigDecimal cnySavedPerYear,
        @NotNull(message = "避免安全事故数不能为空 / safetyIncidentsAvoided is required") Integer safetyIncidentsAvoided,
        @NotNull(message = "节约工时不能为空 / hoursSaved is required") BigDecimal hoursSaved,
        @NotBlank(message = "请说明更正原因 / reason is required")
        @Size(max = Conversion.TEXT_MAX, message = "更正原因最多 2000 字 / the reason is at most 2000 characters")
        String reason) {
}
