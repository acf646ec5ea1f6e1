package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union leader decides an objection: upheld sends the proposal to re-review and the round back
 * to ranking; denied changes nothing else.
 *
 * @param note optional
 */
public record DecideObjectionCommand(@TargetAggregateIdentifier String roundId,
                                     String objectionId,
                                     boolean upheld,
                                     String decidedBy,
                                     String note,
                                     Instant decidedAt) {
}
