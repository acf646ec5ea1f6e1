package com.wuxiao.command.conversion.api;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder timer found a milestone still undone after its due date; dashboards show it as overdue. */
public record ConversionMilestoneOverdueEvent(String conversionId,
                                              String proposalId,
                                              String receivingUnitId,
                                              String ownerId,
                                              ConversionMilestone milestone,
                                              LocalDate dueOn,
                                              Instant recordedAt) {
}
