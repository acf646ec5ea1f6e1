package com.wuxiao.query.period.api;

import com.wuxiao.command.common.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @Test
    void keysOfMonthQuarterAndYearParseBack() {
        assertThat(Period.parse("2026-11")).isEqualTo(Period.month(2026, 11));
        assertThat(Period.parse("2026-Q4")).isEqualTo(Period.quarter(2026, 4));
        assertThat(Period.parse("2026")).isEqualTo(Period.year(2026));
        assertThat(Period.month(2026, 3).key()).isEqualTo("2026-03");
        assertThat(Period.quarter(2026, 1).key()).isEqualTo("2026-Q1");
        assertThat(Period.year(2026).key()).isEqualTo("2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-1", "2026/11", "2026-q4",
            "1999", "abcd", "2026-11-01"})
    void anythingElseIsBadInputNamingThePeriod(String key) {
        assertThatThrownBy(() -> Period.parse(key)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
            assertThat(v.field()).isEqualTo("period");
        });
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void periodsAreTakenOnBeijingTime() {
        // 2026-12-31 16:30 UTC is 2027-01-01 00:30 in Beijing
        Instant newYearInBeijing = Instant.parse("2026-12-31T16:30:00Z");

        assertThat(Period.containing(newYearInBeijing))
                .containsExactly(Period.month(2027, 1), Period.quarter(2027, 1), Period.year(2027));
        assertThat(Period.containing(Instant.parse("2026-12-31T15:59:59Z")))
                .containsExactly(Period.month(2026, 12), Period.quarter(2026, 4), Period.year(2026));
    }

    @Test
    void boundsAreMidnightInBeijingWithAnExclusiveEnd() {
        Period q4 = Period.quarter(2026, 4);

        assertThat(q4.start()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
        assertThat(q4.end()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(q4.contains(q4.start())).isTrue();
        assertThat(q4.contains(q4.end())).isFalse();
        assertThat(Period.month(2026, 2).end()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(Period.year(2026).start()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
    }

    @Test
    void quartersOfMonths() {
        assertThat(Period.quarterOf(1)).isEqualTo(1);
        assertThat(Period.quarterOf(3)).isEqualTo(1);
        assertThat(Period.quarterOf(4)).isEqualTo(2);
        assertThat(Period.quarterOf(12)).isEqualTo(4);
    }
}
