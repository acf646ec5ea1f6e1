package com.wuxiao.command.conversion.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The production owner reported the measured benefit of an adopted result, 3 or 12 months after
 * adoption. A later report supersedes an earlier one: the 12-month figures are the conversion's
 * measured benefit once they exist.
 *
 * @param monthsAfterAdoption 3 or 12
 * @param cnySavedPerYear     yuan, two decimals
 * @param hoursSaved          hours per year, one decimal
 */
public record BenefitReportedEvent(String conversionId,
                                   String proposalId,
                                   String resultUnitId,
                                   String receivingUnitId,
                                   int monthsAfterAdoption,
                                   BigDecimal cnySavedPerYear,
                                   int safetyIncidentsAvoided,
                                   BigDecimal hoursSaved,
                                   String reportedBy,
                                   Instant reportedAt) {
}
