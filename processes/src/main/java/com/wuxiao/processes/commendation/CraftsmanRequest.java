package com.wuxiao.processes.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A worker the union leader confers 金牌工匠 on, with the citation for the certificate. */
public record CraftsmanRequest(
        @NotBlank(message = "请选择职工 / workerId is required") String workerId,
        @NotBlank(message = "颁奖词不能为空 / citation is required")
        @Size(max = 300, message = "颁奖词最多 300 字 / the citation is at most 300 characters") String citation) {
}
