package com.wuxiao.command.conversion.api;

import java.time.Instant;

/**
 * Why and by whom a benefit report was corrected. The corrected figures follow at once as a
 * {@link BenefitReportedEvent} of the same months, which read models take as they take any report
 * (a report replaces the one of the same months); this event is the audit record.
 */
public record BenefitReportCorrectedEvent(String conversionId,
                                          String proposalId,
                                          int monthsAfterAdoption,
                                          String reason,
                                          String correctedBy,
                                          Instant correctedAt) {
}
