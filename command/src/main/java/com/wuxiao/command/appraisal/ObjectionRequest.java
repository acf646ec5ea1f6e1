package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An objection to a published result (公示异议). */
public record ObjectionRequest(
        @NotBlank(message = "申报编号不能为空 / proposalId is required") String proposalId,
        @NotBlank(message = "异议理由不能为空 / reason is required")
        @Size(max = AppraisalLimits.TEXT_MAX, message = "异议理由过长 / reason is too long") String reason) {
}
