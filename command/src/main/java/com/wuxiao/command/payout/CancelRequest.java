package com.wuxiao.command.payout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a batch's cancellation: why. */
public record CancelRequest(
        @NotBlank(message = "撤销原因不能为空 / reason is required")
        @Size(max = 500, message = "撤销原因不能超过 {max} 个字符 / reason must be at most {max} characters")
        String reason) {
}
