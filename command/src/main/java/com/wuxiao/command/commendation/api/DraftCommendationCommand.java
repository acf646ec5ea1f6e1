package com.wuxiao.command.commendation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * The union office drafts the year's commendation from the year's standings; the aggregate applies
 * the rules (who is named). Drafting again replaces the draft until it is confirmed.
 *
 * @param commendationId {@code AnnualCommendation.idOf(year)}
 */
public record DraftCommendationCommand(@TargetAggregateIdentifier String commendationId,
                                       int year,
                                       List<WorkerStanding> workers,
                                       List<UnitStanding> units,
                                       String draftedBy,
                                       Instant draftedAt) {
}
