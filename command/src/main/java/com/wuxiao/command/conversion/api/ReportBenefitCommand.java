package com.wuxiao.command.conversion.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The production owner reports the measured benefit 3 or 12 months after adoption.
 *
 * @param monthsAfterAdoption 3 or 12
 * @param cnySavedPerYear     yuan, at most two decimals, not negative
 * @param hoursSaved          hours per year, at most one decimal, not negative
 * @param processCommandId    deterministic id when sent by a process (else null); a repeat is ignored
 */
public record ReportBenefitCommand(@TargetAggregateIdentifier String conversionId,
                                   int monthsAfterAdoption,
                                   BigDecimal cnySavedPerYear,
                                   int safetyIncidentsAvoided,
                                   BigDecimal hoursSaved,
                                   String reportedBy,
                                   String processCommandId,
                                   Instant reportedAt) implements ProcessCommand {
}
