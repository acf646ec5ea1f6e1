package com.wuxiao.query.patent.api;

import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A patent case with everything recorded on it and its office actions in order. Fields as in
 * {@link PatentSummary}, plus:
 *
 * @param awardedAt   when the result's round was finalised
 * @param agency      the patent agency preparing the application, if any
 * @param rejectedOn  the date of the office's refusal
 * @param endedAt     when the grant, refusal or abandonment was recorded
 */
public record PatentDetail(String patentId,
                           String proposalId,
                           String title,
                           String unitId,
                           int competitionYear,
                           PatentType type,
                           PatentStatus status,
                           Instant awardedAt,
                           String nominatedBy,
                           Instant nominatedAt,
                           String agency,
                           String preparedBy,
                           Instant preparedAt,
                           String applicationNumber,
                           LocalDate filedOn,
                           Instant filedRecordedAt,
                           String patentNumber,
                           LocalDate grantedOn,
                           LocalDate rejectedOn,
                           String endedReason,
                           Instant endedAt,
                           Integer openOfficeAction,
                           LocalDate openResponseDue,
                           int officeActionCount,
                           PatentStep overdueStep,
                           Instant overdueDueAt,
                           Instant lastChange,
                           List<OfficeAction> officeActions) {

    public PatentDetail {
        officeActions = List.copyOf(officeActions);
    }
}
