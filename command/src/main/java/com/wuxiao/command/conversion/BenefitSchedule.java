package com.wuxiao.command.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.conversion.api.BenefitReports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * When a benefit report may be made: each of the 3- and 12-month reports ({@link BenefitReports})
 * once, not before it is due. The 12-month report does not wait for a missed 3-month one (the
 * yearly figures matter most), but once it exists a 3-month report would no longer be the latest
 * figures and is refused.
 */
final class BenefitSchedule {

    private BenefitSchedule() {
    }

    static void requireReportable(int months, Set<Integer> reported, Instant adoptedAt, LocalDate reportedOn) {
        if (!BenefitReports.isReportMonth(months)) {
            throw RuleViolation.invalid("invalid-months", "monthsAfterAdoption", BenefitReports.FIRST_MONTHS,
                    BenefitReports.FINAL_MONTHS);
        }
        if (reported.contains(months)) {
            throw RuleViolation.conflict("already-reported", months);
        }
        if (months == BenefitReports.FIRST_MONTHS && reported.contains(BenefitReports.FINAL_MONTHS)) {
            throw RuleViolation.conflict("superseded", BenefitReports.FINAL_MONTHS, BenefitReports.FIRST_MONTHS);
        }
        LocalDate due = BenefitReports.dueOn(adoptedAt, months);
        if (reportedOn.isBefore(due)) {
            throw RuleViolation.conflict("benefit-not-due", months, due);
        }
    }
}
