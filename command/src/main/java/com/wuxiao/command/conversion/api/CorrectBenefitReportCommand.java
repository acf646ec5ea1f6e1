package com.wuxiao.command.conversion.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The union office corrects a benefit report already made (a figure entered wrongly): the corrected
 * figures replace the report's, and the reason is kept.
 *
 * @param monthsAfterAdoption the report corrected: 3 or 12
 */
public record CorrectBenefitReportCommand(@TargetAggregateIdentifier String conversionId,
                                          int monthsAfterAdoption,
                                          BigDecimal cnySavedPerYear,
                                          int safetyIncidentsAvoided,
                                          BigDecimal hoursSaved,
                                          String reason,
                                          String correctedBy,
                                          Instant correctedAt) {
}
