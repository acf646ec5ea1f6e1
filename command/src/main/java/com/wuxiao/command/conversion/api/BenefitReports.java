package com.wuxiao.command.conversion.api;

import com.wuxiao.command.competition.CompetitionCalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When the benefit reports of an adopted conversion fall due: the one rule that the Conversion
 * aggregate enforces and the production-conversion process times its tasks by.
 */
public final class BenefitReports {

    /** The first report: 3 months after adoption. */
    public static final int FIRST_MONTHS = 3;
    /** The final report, with the yearly figures: 12 months after adoption. */
    public static final int FINAL_MONTHS = 12;

    private BenefitReports() {
    }

    /** Whether a report this many months after adoption is one there is. */
    public static boolean isReportMonth(int months) {
        return months == FIRST_MONTHS || months == FINAL_MONTHS;
    }

    /**
     * The day, in Beijing, from which the report {@code months} after adoption is due: that many
     * months after the day of adoption there (the 31st becomes the month's last day).
     */
    public static LocalDate dueOn(Instant adoptedAt, int months) {
        return adoptedAt.atZone(CompetitionCalendar.ZONE).toLocalDate().plusMonths(months);
    }
}
