package com.wuxiao.command.conversion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of an adopter's feedback on a result in use. */
public record FeedbackRequest(
        @NotBlank(message = "使用效果不能为空 / worked is required")
        @Size(max = Conversion.TEXT_MAX, message = "使用效果不能超过 {max} 个字符 / worked must be at most {max} characters")
        String worked,
        @Size(max = Conversion.TEXT_MAX, message = "改进内容不能超过 {max} 个字符 / changed must be at most {max} characters")
        String changed) {
}
