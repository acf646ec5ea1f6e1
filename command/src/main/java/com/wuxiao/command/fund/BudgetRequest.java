package com.wuxiao.command.fund;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** Body of a year's fund budget, in yuan with at most two decimals. */
public record BudgetRequest(
        @NotNull(message = "预算不能为空 / budget is required")
        @PositiveOrZero(message = "预算不能为负数 / the budget must not be negative")
        @Digits(integer = 10, fraction = 2, message = "预算最多两位小数 / the budget has at most two decimals")
        BigDecimal budget) {
}
