package com.wuxiao.command.patent.api;

import java.time.Instant;
import java.time.LocalDate;

/** An office action was answered. */
public record OfficeActionAnsweredEvent(String patentId,
                                        String proposalId,
                                        int sequence,
                                        LocalDate answeredOn,
                                        String note,
                                        String recordedBy,
                                        Instant recordedAt) {
}
