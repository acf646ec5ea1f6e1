package com.wuxiao.command.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * An author revises a returned proposal. {@code basedOnRevision} is the revision the author
 * edited; a different current revision means the edit is stale.
 */
public record ReviseProposalCommand(@TargetAggregateIdentifier String proposalId,
                                    String revisorId,
                                    int basedOnRevision,
                                    ProposalContent content,
                                    List<Author> authors,
                                    String mentorId,
                                    Instant revisedAt) {
}
