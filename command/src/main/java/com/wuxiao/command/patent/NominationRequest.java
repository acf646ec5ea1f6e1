package com.wuxiao.command.patent;

import com.wuxiao.command.patent.api.PatentType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Nominating an awarded result for a patent of a type. */
public record NominationRequest(
        @NotBlank(message = "成果编号不能为空 / proposalId is required") String proposalId,
        @NotNull(message = "专利类型不能为空（INVENTION、UTILITY_MODEL、DESIGN）/ type is required") PatentType type) {
}
