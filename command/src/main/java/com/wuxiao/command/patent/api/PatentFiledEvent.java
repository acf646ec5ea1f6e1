package com.wuxiao.command.patent.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The application was filed with the patent office. Earns the authors the year's "patent filed"
 * points, which count in the period of {@code recordedAt}.
 *
 * @param filedOn    the filing date on the office's receipt
 * @param recordedAt when it was recorded here: the period it counts for
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
