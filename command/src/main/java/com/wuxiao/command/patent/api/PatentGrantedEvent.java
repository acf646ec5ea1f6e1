package com.wuxiao.command.patent.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The patent was granted: the case ends. Earns the authors the grant points of its type, which
 * count in the period of {@code recordedAt}.
 */
public record PatentGrantedEvent(String patentId,
                                 String proposalId,
                                 String unitId,
                                 PatentType type,
                                 String patentNumber,
                                 LocalDate grantedOn,
                                 String recordedBy,
                                 Instant recordedAt) {
}
