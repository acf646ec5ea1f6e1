package com.wuxiao.command.conversion.api;

import java.time.Instant;
import java.time.LocalDate;

/** The trial ended; the adoption decision is next. */
public record TrialEndedEvent(String conversionId,
                              String proposalId,
                              LocalDate endedOn,
                              String summary,
                              String recordedBy,
                              Instant recordedAt) {
}
