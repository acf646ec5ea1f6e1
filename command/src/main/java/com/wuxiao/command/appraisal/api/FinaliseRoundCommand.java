package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** After the publicity period the union leader makes the grades final; rewards and points become due. */
public record FinaliseRoundCommand(@TargetAggregateIdentifier String roundId, String finalisedBy,
                                   Instant finalisedAt) {
}
