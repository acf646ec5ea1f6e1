package com.wuxiao.command.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** A worker declares a proposal (月度申报). The submitter must be one of the authors. */
public record SubmitProposalCommand(@TargetAggregateIdentifier String proposalId,
                                    String submitterId,
                                    String unitId,
                                    ProposalContent content,
                                    List<Author> authors,
                                    String mentorId,
                                    Instant submittedAt) {
}
