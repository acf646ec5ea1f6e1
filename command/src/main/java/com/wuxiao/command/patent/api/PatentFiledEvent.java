package com.wuxiao.command.patent.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The application was filed with the patent office. Earns the authors the year's "patent filed"
 * points; the points count in the period of {@code filedOn} (Beijing): they are earned at its start.
 *
 * @param filedOn    the filing date on the office's receipt: the period the points count for
 * @param recordedAt when it was recorded here
 */
public record PatentFiledEvent(String patentId,
                               String proposalId,
                               String unitId,
                               PatentType type,
                               String applicationNumber,
                               LocalDate filedOn,
                               String recordedBy,
                               Instant recordedAt) {
}
