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
            throw RuleViolation.invalid("invalid-months", "monthsAfterAdoption",
                    "效益报告只在采纳后 " + BenefitReports.FIRST_MONTHS + " 个月或 " + BenefitReports.FINAL_MONTHS + " 个月",
                    "benefits are reported " + BenefitReports.FIRST_MONTHS + " or " + BenefitReports.FINAL_MONTHS
                            + " months after adoption");
        }
        if (reported.contains(months)) {
            throw RuleViolation.conflict("already-reported", months + " 个月效益已报告",
                    "the " + months + "-month benefit has been reported already");
        }
        if (months == BenefitReports.FIRST_MONTHS && reported.contains(BenefitReports.FINAL_MONTHS)) {
            throw RuleViolation.conflict("superseded", "已报告 " + BenefitReports.FINAL_MONTHS + " 个月效益，不再报告 "
                            + BenefitReports.FIRST_MONTHS + " 个月效益",
                    "the " + BenefitReports.FINAL_MONTHS + "-month benefit is reported already; a "
                            + BenefitReports.FIRST_MONTHS + "-month report no longer applies");
        }
        LocalDate due = BenefitReports.dueOn(adoptedAt, months);
        if (reportedOn.isBefore(due)) {
            throw RuleViolation.conflict("benefit-not-due", months + " 个月效益报告 " + due + " 起方可提交",
                    "the " + months + "-month benefit report is due from " + due);
        }
    }
}
