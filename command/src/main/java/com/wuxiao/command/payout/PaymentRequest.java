package com.wuxiao.command.payout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Body of a batch's payment: finance's reference and the day it paid. */
public record PaymentRequest(
        @NotBlank(message = "付款凭证号不能为空 / paymentReference is required")
        @Size(max = 100, message = "付款凭证号不能超过 {max} 个字符 / paymentReference must be at most {max} characters")
        String paymentReference,
        @NotNull(message = "付款日期不能为空 / paidOn is required") LocalDate paidOn) {
}
