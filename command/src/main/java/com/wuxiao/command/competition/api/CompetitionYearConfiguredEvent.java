package com.wuxiao.command.competition.api;

import java.time.Instant;

public record CompetitionYearConfiguredEvent(String yearId, YearConfig config, String configuredBy,
                                             Instant configuredAt) {
}
