package com.wuxiao.command.conversion.api;

import java.time.Instant;
import java.time.LocalDate;

/** The receiving unit started trying the result in production. */
public record TrialStartedEvent(String conversionId,
                                String proposalId,
                                LocalDate startedOn,
                                String recordedBy,
                                Instant recordedAt) {
}
