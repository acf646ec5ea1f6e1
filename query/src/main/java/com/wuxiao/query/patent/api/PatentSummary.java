package com.wuxiao.query.patent.api;

import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the patent pipeline.
 *
 * @param filedOn            the filing date on the office's receipt
 * @param filedRecordedAt    when the filing was recorded here (the period its points count for)
 * @param endedReason        why it was rejected or abandoned
 * @param openOfficeAction   sequence of the office action awaiting an answer while filed, else null
 * @param openResponseDue    when that answer is due
 * @param overdueStep        a step a reminder found undone after its due time; null once it is done
 * @param lastChange         time of the last event applied
 */
public record PatentSummary(String patentId,
                            String proposalId,
                            String title,
                            String unitId,
                            int competitionYear,
                            PatentType type,
                            PatentStatus status,
                            Instant nominatedAt,
                            Instant preparedAt,
                            String applicationNumber,
                            LocalDate filedOn,
                            Instant filedRecordedAt,
                            String patentNumber,
                            LocalDate grantedOn,
                            String endedReason,
                            Integer openOfficeAction,
                            LocalDate openResponseDue,
                            int officeActionCount,
                            PatentStep overdueStep,
                            Instant overdueDueAt,
                            Instant lastChange) {
}
