package com.wuxiao.command.proposal.api;

import com.wuxiao.command.competition.api.ReviewDeadlines;

import java.time.Instant;
import java.util.List;

/**
 * A returned proposal was revised and resubmitted; {@code revision} counts submissions from 1.
 *
 * @param deadlines the review deadlines in force for the proposal: those of its declaration
 *                  ({@link ProposalSubmittedEvent#deadlines()}), which hold for the whole review, so the
 *                  revision's screening can be scheduled from this event alone. Null in events stored
 *                  before the field existed; the monthly review then keeps the deadlines its running
 *                  instance was started with, which are the same ones.
 */
public record ProposalRevisedEvent(String proposalId,
                                   String revisorId,
                                   int revision,
                                   ProposalContent content,
                                   List<Author> authors,
                                   String mentorId,
                                   Instant revisedAt,
                                   ReviewDeadlines deadlines) {

    /** As stored before revisions carried their deadlines (unknown here: null). */
    public ProposalRevisedEvent(String proposalId, String revisorId, int revision, ProposalContent content,
                                List<Author> authors, String mentorId, Instant revisedAt) {
        this(proposalId, revisorId, revision, content, authors, mentorId, revisedAt, null);
    }
}
