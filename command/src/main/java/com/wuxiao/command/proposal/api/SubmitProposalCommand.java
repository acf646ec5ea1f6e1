package com.wuxiao.command.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * A worker declares a proposal (月度申报). The submitter must be one of the authors.
 *
 * @param attachments files already stored for the proposal (a draft's), at most the configured number
 * @param needId      optional: the production need (生产需求) the proposal answers, open on the day
 */
public record SubmitProposalCommand(@TargetAggregateIdentifier String proposalId,
                                    String submitterId,
                                    String unitId,
                                    ProposalContent content,
                                    List<Author> authors,
                                    String mentorId,
                                    Instant submittedAt,
                                    List<AttachmentRef> attachments,
                                    String needId) {

    public SubmitProposalCommand {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A declaration answering no need. */
    public SubmitProposalCommand(String proposalId, String submitterId, String unitId, ProposalContent content,
                                 List<Author> authors, String mentorId, Instant submittedAt,
                                 List<AttachmentRef> attachments) {
        this(proposalId, submitterId, unitId, content, authors, mentorId, submittedAt, attachments, null);
    }

    /** A declaration without attachments. */
    public SubmitProposalCommand(String proposalId, String submitterId, String unitId, ProposalContent content,
                                 List<Author> authors, String mentorId, Instant submittedAt) {
        this(proposalId, submitterId, unitId, content, authors, mentorId, submittedAt, List.of());
    }
}
