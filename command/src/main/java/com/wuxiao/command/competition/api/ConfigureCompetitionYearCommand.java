package com.wuxiao.command.competition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The union leader sets (or changes) the rules of a competition year; the aggregate id is the year. */
public record ConfigureCompetitionYearCommand(@TargetAggregateIdentifier String yearId,
                                              YearConfig config,
                                              String configuredBy,
                                              Instant configuredAt) {
}
