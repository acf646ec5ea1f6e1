package com.wuxiao.query.period.api;

import com.wuxiao.command.common.api.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsOfTest {

    @Test
    void readsAnInstantABeijingTimeOrADaysEnd() {
        assertThat(AsOf.parse("2026-06-30T18:00+08:00")).isEqualTo(Instant.parse("2026-06-30T10:00:00Z"));
        assertThat(AsOf.parse("2026-06-30T10:00:00Z")).isEqualTo(Instant.parse("2026-06-30T10:00:00Z"));
        assertThat(AsOf.parse("2026-06-30T18:00")).as("without an offset: Beijing time")
                .isEqualTo(Instant.parse("2026-06-30T10:00:00Z"));
        assertThat(AsOf.parse("2026-06-30")).as("a day: its last microsecond in Beijing")
                .isEqualTo(Instant.parse("2026-06-30T15:59:59.999999Z"));
    }

    @Test
    void anOffsetWhosePlusAQueryStringTurnedIntoASpaceStillReads() {
        assertThat(AsOf.parse("2026-06-30T18:00 08:00")).isEqualTo(Instant.parse("2026-06-30T10:00:00Z"));
    }

    @Test
    void nothingMeansNowAndNowIsUnbounded() {
        assertThat(AsOf.parse(null)).isNull();
        assertThat(AsOf.parse("  ")).isNull();
        assertThat(AsOf.bound(null)).isEqualTo(OffsetDateTime.MAX);
        assertThat(AsOf.bound(Instant.parse("2026-06-30T10:00:00Z")).toInstant())
                .isEqualTo(Instant.parse("2026-06-30T10:00:00Z"));
    }

    @Test
    void anythingElseIsRefusedForTheField() {
        for (String wrong : new String[]{"yesterday", "2026-13-01", "2026-06-30T25:00", "30.06.2026"}) {
            assertThatThrownBy(() -> AsOf.parse(wrong)).as(wrong)
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.code()).isEqualTo("invalid-as-of");
                        assertThat(v.field()).isEqualTo("asOf");
                    });
        }
    }
}
