package com.wuxiao.query.conversion.api;

import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.PlannedMilestones;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the conversion list.
 *
 * @param replication      adopted by this unit after another unit had adopted the result (推广复制)
 * @param latestBenefit    the latest benefit report (the 12-month one once it exists), null before any
 * @param overdueMilestone a milestone a reminder found undone after its due date; null once it is done
 * @param lastChange       time of the last event applied
 */
public record ConversionSummary(String conversionId,
                                String proposalId,
                                String title,
                                String resultUnitId,
                                String receivingUnitId,
                                String ownerId,
                                PlannedMilestones planned,
                                LocalDate trialStartedOn,
                                LocalDate trialEndedOn,
                                ConversionStatus status,
                                boolean replication,
                                Instant adoptedAt,
                                String declinedReason,
                                BenefitReport latestBenefit,
                                ConversionMilestone overdueMilestone,
                                LocalDate overdueDueOn,
                                Instant lastChange) {
}
