package com.wuxiao.command.conversion;

import com.wuxiao.command.conversion.api.BenefitReports;
import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.PlannedMilestones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** When each milestone of a {@link Conversion} is due and whether it is done: what a reminder asks. */
record MilestoneProgress(PlannedMilestones planned, LocalDate trialStartedOn, LocalDate trialEndedOn,
                         Instant adoptedAt, Set<Integer> reportedMonths) {

    /** The due date of a milestone, or null while it has none (a report before adoption). */
    LocalDate dueOn(ConversionMilestone milestone) {
        return switch (milestone) {
            case TRIAL_START -> planned.trialStart();
            case TRIAL_END -> planned.trialEnd();
            case ADOPTION_DECISION -> planned.adoptionDecision();
            case BENEFIT_REPORT_3_MONTHS -> adoptedAt == null ? null : BenefitReports.dueOn(adoptedAt,
                    BenefitReports.FIRST_MONTHS);
            case BENEFIT_REPORT_12_MONTHS -> adoptedAt == null ? null : BenefitReports.dueOn(adoptedAt,
                    BenefitReports.FINAL_MONTHS);
        };
    }

    boolean done(ConversionMilestone milestone) {
        return switch (milestone) {
            case TRIAL_START -> trialStartedOn != null;
            case TRIAL_END -> trialEndedOn != null;
            case ADOPTION_DECISION -> adoptedAt != null;
            // a 12-month report makes a missing 3-month one moot (it is refused from then on)
            case BENEFIT_REPORT_3_MONTHS -> reportedMonths.contains(BenefitReports.FIRST_MONTHS)
                    || reportedMonths.contains(BenefitReports.FINAL_MONTHS);
            case BENEFIT_REPORT_12_MONTHS -> reportedMonths.contains(BenefitReports.FINAL_MONTHS);
        };
    }
}
