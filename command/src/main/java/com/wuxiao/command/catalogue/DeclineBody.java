package com.wuxiao.command.catalogue;

import com.wuxiao.command.catalogue.api.CatalogueLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a declined request: the reason the owner reads. */
public record DeclineBody(
        @NotBlank(message = "不受理原因不能为空 / reason is required")
        @Size(max = CatalogueLimits.TEXT_MAX, message = "原因不能超过 {max} 个字符 / reason must be at most {max} characters")
        String reason) {
}
