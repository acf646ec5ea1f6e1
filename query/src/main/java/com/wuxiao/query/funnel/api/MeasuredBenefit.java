package com.wuxiao.query.funnel.api;

import java.math.BigDecimal;

/**
 * The sum of the latest benefit report of each adoption (the 12-month report supersedes the
 * 3-month one).
 *
 * @param adoptionsReported adoptions with at least one report
 * @param cnySavedPerYear   yuan per year, two decimals
 * @param hoursSaved        hours per year
 */
public record MeasuredBenefit(long adoptionsReported,
                              BigDecimal cnySavedPerYear,
                              long safetyIncidentsAvoided,
                              BigDecimal hoursSaved) {
}
