package com.wuxiao.command.need.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The need's unit (its production owner) or the union office closes a need, solved or not.
 *
 * @param note optional: how it was solved, or why it is closed without a solution
 */
public record CloseNeedCommand(@TargetAggregateIdentifier String needId,
                               boolean solved,
                               String note,
                               String closedBy,
                               Instant closedAt) {
}
