package com.wuxiao.command.patent.api;

import java.time.Instant;
import java.time.LocalDate;

/** The patent office refused the application: the case ends. */
public record PatentRejectedEvent(String patentId,
                                  String proposalId,
                                  LocalDate rejectedOn,
                                  String reason,
                                  String recordedBy,
                                  Instant recordedAt) {
}
