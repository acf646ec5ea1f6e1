package com.wuxiao.processes.patent;

import com.wuxiao.command.common.api.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates in task variables are days in Beijing, whatever form the completer sent them in. */
class PatentTasksTest {

    @Test
    void aFormsPlainDateIsTakenAsIs() {
        assertThat(PatentTasks.toDate("2026-03-01", "filedOn")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(PatentTasks.toDate(" 2026-03-01 ", "filedOn")).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aPointInTimeIsTheDayInBeijingNotItsFirstTenCharacters() {
        // 2023-05-30 20:00 UTC is 2023-05-31 04:00 in Beijing
        assertThat(PatentTasks.toDate("2023-05-30T20:00:00Z", "filedOn")).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(PatentTasks.toDate("2023-05-30T20:00:00.000Z", "filedOn")).isEqualTo(LocalDate.of(2023, 5, 31));
        // 2023-05-30 15:59:59 UTC is still the 30th (23:59:59 in Beijing)
        assertThat(PatentTasks.toDate("2023-05-30T15:59:59Z", "filedOn")).isEqualTo(LocalDate.of(2023, 5, 30));
        // 2023-05-31 01:00 in New York (-04:00) is 2023-05-31 13:00 in Beijing
        assertThat(PatentTasks.toDate("2023-05-31T01:00:00-04:00", "filedOn")).isEqualTo(LocalDate.of(2023, 5, 31));
        // 2023-05-31 07:00 Beijing given with its own offset stays the 31st
        assertThat(PatentTasks.toDate("2023-05-31T07:00:00+08:00", "filedOn")).isEqualTo(LocalDate.of(2023, 5, 31));
    }

    @Test
    void aDateTimeWithoutOffsetIsBeijingWallTime() {
        assertThat(PatentTasks.toDate("2023-05-30T23:30:00", "filedOn")).isEqualTo(LocalDate.of(2023, 5, 30));
    }

    @Test
    void aDateIsTakenInBeijing() {
        assertThat(PatentTasks.toDate(Date.from(Instant.parse("2023-05-30T20:00:00Z")), "filedOn"))
                .isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(PatentTasks.toDate(LocalDate.of(2023, 5, 30), "filedOn")).isEqualTo(LocalDate.of(2023, 5, 30));
    }

    @Test
    void emptyIsAbsent() {
        assertThat(PatentTasks.toDate(null, "filedOn")).isNull();
        assertThat(PatentTasks.toDate("  ", "filedOn")).isNull();
    }

    @Test
    void anythingElseIsRefusedForItsField() {
        for (String text : new String[]{"9/10/2025", "2023-05-30X", "2023-13-01", "2023-05-30T25:00:00Z"}) {
            assertThatThrownBy(() -> PatentTasks.toDate(text, "grantedOn"))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.code()).isEqualTo("not-a-date");
                        assertThat(violation.field()).isEqualTo("grantedOn");
                        assertThat(violation.messageEn()).contains(text);
                    });
        }
    }
}
