package com.wuxiao.command.patent.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The patent was granted: the case ends. Earns the authors the grant points of its type; the points
 * count in the period of {@code grantedOn} (Beijing): they are earned at its start.
 *
 * @param grantedOn  the grant date of the office's decision: the period the points count for
 * @param recordedAt when it was recorded here
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
