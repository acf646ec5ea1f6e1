package com.wuxiao.processes.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Beijing is UTC+8: from 16:00Z on it is the next day there. */
class ConversionTasksTest {

    @Test
    void aPlainDateIsTakenAsItIs() {
        assertThat(ConversionTasks.parseDate("2025-08-12", "trialStartedOn")).isEqualTo(LocalDate.parse("2025-08-12"));
        assertThat(ConversionTasks.parseDate(" 2025-08-12 ", "trialStartedOn")).isEqualTo(LocalDate.parse("2025-08-12"));
    }

    @Test
    void aMomentIsTheDayInBeijingNotItsFirstTenCharacters() {
        assertThat(ConversionTasks.parseDate("2023-05-30T20:00:00Z", "d")).isEqualTo(LocalDate.parse("2023-05-31"));
        assertThat(ConversionTasks.parseDate("2023-05-30T15:59:59.999Z", "d")).isEqualTo(LocalDate.parse("2023-05-30"));
        assertThat(ConversionTasks.parseDate("2023-05-30T16:00Z", "d")).isEqualTo(LocalDate.parse("2023-05-31"));
        // 2023-05-31 01:00 in Beijing, written with Beijing's offset or another one
        assertThat(ConversionTasks.parseDate("2023-05-31T01:00:00+08:00", "d")).isEqualTo(LocalDate.parse("2023-05-31"));
        assertThat(ConversionTasks.parseDate("2023-05-30T19:00:00+02:00", "d")).isEqualTo(LocalDate.parse("2023-05-31"));
    }

    @Test
    void aDateTimeWithoutOffsetIsBeijingWallTime() {
        assertThat(ConversionTasks.parseDate("2023-05-30T23:30", "d")).isEqualTo(LocalDate.parse("2023-05-30"));
    }

    @Test
    void aJavaUtilDateIsTheDayInBeijing() {
        assertThat(ConversionTasks.parseDate(Date.from(Instant.parse("2023-05-30T20:00:00Z")), "d"))
                .isEqualTo(LocalDate.parse("2023-05-31"));
        assertThat(ConversionTasks.parseDate(Date.from(Instant.parse("2023-05-30T15:00:00Z")), "d"))
                .isEqualTo(LocalDate.parse("2023-05-30"));
    }

    @Test
    void emptyIsNull() {
        assertThat(ConversionTasks.parseDate(null, "d")).isNull();
        assertThat(ConversionTasks.parseDate("  ", "d")).isNull();
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad : new String[] {"2023-13-01", "30.05.2023", "2023-05-30Tnoon", "2023-05-30T20:00:00Zoo"}) {
            assertThatThrownBy(() -> ConversionTasks.parseDate(bad, "trialEndedOn"))
                    .as(bad)
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.code()).isEqualTo("not-a-date");
                        assertThat(v.field()).isEqualTo("trialEndedOn");
                        assertThat(v.messageZh()).contains("日期");
                    });
        }
    }
}
