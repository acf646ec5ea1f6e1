package com.wuxiao.query.conversion.api;

import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.PlannedMilestones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A conversion with everything recorded on it. Fields as in {@link ConversionSummary}, plus:
 *
 * @param awardedAt  when the result's round was finalised
 * @param decidedBy  who recorded the adoption decision
 * @param reports    every benefit report, 3 months first
 */
public record ConversionDetail(String conversionId,
                               String proposalId,
                               String title,
                               String resultUnitId,
                               String receivingUnitId,
                               String ownerId,
                               PlannedMilestones planned,
                               Instant awardedAt,
                               String handedOverBy,
                               Instant handedOverAt,
                               LocalDate trialStartedOn,
                               LocalDate trialEndedOn,
                               String trialSummary,
                               ConversionStatus status,
                               boolean replication,
                               String decidedBy,
                               Instant adoptedAt,
                               Instant declinedAt,
                               String declinedReason,
                               BenefitReport latestBenefit,
                               List<BenefitReport> reports,
                               ConversionMilestone overdueMilestone,
                               LocalDate overdueDueOn,
                               Instant lastChange) {

    public ConversionDetail {
        reports = List.copyOf(reports);
    }
}
