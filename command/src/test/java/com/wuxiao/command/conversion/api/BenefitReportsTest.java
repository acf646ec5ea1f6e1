package com.wuxiao.command.conversion.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Beijing is UTC+8: 16:00Z and later is already the next day there. */
class BenefitReportsTest {

    @Test
    void dueMonthsAfterTheDayOfAdoptionInBeijing() {
        // 2025-10-10 09:00 in Beijing
        Instant adoptedAt = Instant.parse("2025-10-10T01:00:00Z");
        assertThat(BenefitReports.dueOn(adoptedAt, BenefitReports.FIRST_MONTHS)).isEqualTo(LocalDate.parse("2026-01-10"));
        assertThat(BenefitReports.dueOn(adoptedAt, BenefitReports.FINAL_MONTHS)).isEqualTo(LocalDate.parse("2026-10-10"));
    }

    @Test
    void theDayOfAdoptionIsBeijingsNotUtcs() {
        // 2026-01-30T20:00Z is 2026-01-31 04:00 in Beijing; 3 months on there is no 31 April: the 30th
        Instant adoptedAt = Instant.parse("2026-01-30T20:00:00Z");
        assertThat(BenefitReports.dueOn(adoptedAt, 3)).isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(BenefitReports.dueOn(adoptedAt, 12)).isEqualTo(LocalDate.parse("2027-01-31"));
        // the Beijing midnight between 9 and 10 October 2025 is 2025-10-09T16:00Z
        assertThat(BenefitReports.dueOn(Instant.parse("2025-10-09T15:59:59Z"), 3)).isEqualTo(LocalDate.parse("2026-01-09"));
        assertThat(BenefitReports.dueOn(Instant.parse("2025-10-09T16:00:00Z"), 3)).isEqualTo(LocalDate.parse("2026-01-10"));
    }

    @Test
    void onlyTheThreeAndTwelveMonthReportsExist() {
        assertThat(BenefitReports.FIRST_MONTHS).isEqualTo(3);
        assertThat(BenefitReports.FINAL_MONTHS).isEqualTo(12);
        assertThat(BenefitReports.isReportMonth(3)).isTrue();
        assertThat(BenefitReports.isReportMonth(12)).isTrue();
        assertThat(BenefitReports.isReportMonth(6)).isFalse();
        assertThat(BenefitReports.isReportMonth(0)).isFalse();
    }
}
