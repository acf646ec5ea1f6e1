package com.wuxiao.command.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An author takes a submitted or returned proposal back. */
public record WithdrawProposalCommand(@TargetAggregateIdentifier String proposalId,
                                      String actorId,
                                      Instant withdrawnAt) {
}
