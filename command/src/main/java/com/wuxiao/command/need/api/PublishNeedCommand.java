package com.wuxiao.command.need.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A production owner, for their own unit, or the union office, for any unit, publishes a need
 * (生产需求 / 难题) that workers may answer with proposals.
 *
 * @param deadline   optional: the last day (Beijing) a declaration may answer it
 * @param rewardNote optional: what the unit offers for a solution, as free text
 */
public record PublishNeedCommand(@TargetAggregateIdentifier String needId,
                                 String title,
                                 String problem,
                                 String unitId,
                                 String categoryCode,
                                 LocalDate deadline,
                                 String rewardNote,
                                 String publishedBy,
                                 Instant publishedAt) {
}
