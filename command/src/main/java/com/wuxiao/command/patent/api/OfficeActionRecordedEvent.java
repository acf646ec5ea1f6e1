package com.wuxiao.command.patent.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The patent office issued an office action (审查意见通知) that must be answered by {@code responseDue}.
 *
 * @param sequence 1 for the case's first office action, then 2, …
 */
public record OfficeActionRecordedEvent(String patentId,
                                        String proposalId,
                                        int sequence,
                                        LocalDate issuedOn,
                                        LocalDate responseDue,
                                        String summary,
                                        String recordedBy,
                                        Instant recordedAt) {
}
