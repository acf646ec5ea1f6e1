package com.wuxiao.command.catalogue;

import com.wuxiao.command.catalogue.api.CatalogueLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of a production owner's request for a result of the catalogue, for their own unit.
 *
 * @param note optional: why the unit wants it
 */
public record ResultRequestBody(
        @NotBlank(message = "成果不能为空 / proposalId is required") String proposalId,
        @Size(max = CatalogueLimits.TEXT_MAX, message = "说明不能超过 {max} 个字符 / note must be at most {max} characters")
        String note) {
}
