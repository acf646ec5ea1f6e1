package com.wuxiao.command.need;

import com.wuxiao.command.need.api.NeedLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Body of a need's publication. Checks the shape early; the {@link ProductionNeed} aggregate checks
 * the rest (who may publish for the unit, the year's categories, the deadline).
 *
 * @param unitId   optional for a production owner: their own unit
 * @param deadline optional ISO date, e.g. {@code "2026-06-30"}
 */
public record PublishNeedRequest(
        @NotBlank(message = "标题不能为空 / title is required")
        @Size(max = NeedLimits.TITLE_MAX, message = "标题不能超过 {max} 个字符 / title must be at most {max} characters")
        String title,
        @NotBlank(message = "问题描述不能为空 / problem is required")
        @Size(max = NeedLimits.PROBLEM_MAX,
                message = "问题描述不能超过 {max} 个字符 / problem must be at most {max} characters")
        String problem,
        String unitId,
        @NotBlank(message = "专业类别不能为空 / categoryCode is required") String categoryCode,
        LocalDate deadline,
        @Size(max = NeedLimits.NOTE_MAX,
                message = "奖励说明不能超过 {max} 个字符 / rewardNote must be at most {max} characters")
        String rewardNote) {
}
