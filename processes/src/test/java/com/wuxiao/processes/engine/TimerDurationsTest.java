package com.wuxiao.processes.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimerDurationsTest {

    @Test
    void wholeDaysAreWrittenInDaysOtherDurationsAsTheyAre() {
        assertThat(TimerDurations.iso(Duration.ofDays(14))).isEqualTo("P14D");
        assertThat(TimerDurations.iso(Duration.ofHours(36))).isEqualTo("PT36H");
        assertThat(TimerDurations.iso(Duration.ofDays(1).plusNanos(1))).isEqualTo("PT24H0.000000001S");
    }

    @Test
    void aSettingMustBeAPositiveDuration() {
        assertThat(TimerDurations.positive("p", " P30D ")).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> TimerDurations.positive("wuxiao.x", "30 days"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wuxiao.x");
        assertThatThrownBy(() -> TimerDurations.positive("wuxiao.x", "PT0S"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> TimerDurations.positive("wuxiao.x", "-P1D"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
