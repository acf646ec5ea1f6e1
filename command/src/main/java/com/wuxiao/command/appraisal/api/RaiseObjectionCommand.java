package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Anyone known to the competition objects to a proposal's result during the publicity period. */
public record RaiseObjectionCommand(@TargetAggregateIdentifier String roundId,
                                    String objectionId,
                                    String proposalId,
                                    String objectorId,
                                    String reason,
                                    Instant raisedAt) {
}
