package com.wuxiao.query.leaderboard;

import com.wuxiao.query.leaderboard.YearConfigs.Config;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearConfigsTest {

    private static final Config JANUARY = new Config("e1", 2, Instant.parse("2026-01-01T00:00:00Z"));
    private static final Config JUNE = new Config("e2", 3, Instant.parse("2026-06-01T00:00:00Z"));

    @Test
    void theLatestConfigurationMadeBeforeTheEventGivesThePoints() {
        assertThat(YearConfigs.inForce(List.of(JUNE, JANUARY), Instant.parse("2026-03-01T00:00:00Z")))
                .contains(JANUARY);
        assertThat(YearConfigs.inForce(List.of(JANUARY, JUNE), Instant.parse("2026-07-01T00:00:00Z")))
                .contains(JUNE);
        assertThat(YearConfigs.inForce(List.of(JANUARY, JUNE), JUNE.configuredAt())).contains(JUNE);
    }

    @Test
    void withOnlyLaterConfigurationsTheEarliestCounts() {
        assertThat(YearConfigs.inForce(List.of(JUNE, JANUARY), Instant.parse("2025-12-01T00:00:00Z")))
                .contains(JANUARY);
    }

    @Test
    void anUnconfiguredYearGivesNothingYet() {
        assertThat(YearConfigs.inForce(List.of(), Instant.parse("2026-03-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void configurationsAtTheSameInstantAreOrderedByEventId() {
        Config again = new Config("e3", 5, JANUARY.configuredAt());

        assertThat(YearConfigs.inForce(List.of(again, JANUARY), Instant.parse("2026-03-01T00:00:00Z")))
                .contains(again);
    }
}
