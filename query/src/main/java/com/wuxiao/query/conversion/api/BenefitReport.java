package com.wuxiao.query.conversion.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Measured benefit of an adopted result, reported 3 or 12 months after adoption.
 *
 * @param cnySavedPerYear yuan per year
 * @param hoursSaved      hours per year
 */
public record BenefitReport(int monthsAfterAdoption,
                            BigDecimal cnySavedPerYear,
                            int safetyIncidentsAvoided,
                            BigDecimal hoursSaved,
                            String reportedBy,
                            Instant reportedAt) {
}
