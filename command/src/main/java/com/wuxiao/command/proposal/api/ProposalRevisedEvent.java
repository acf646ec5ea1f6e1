package com.wuxiao.command.proposal.api;

import java.time.Instant;
import java.util.List;

/** A returned proposal was revised and resubmitted; {@code revision} counts submissions from 1. */
public record ProposalRevisedEvent(String proposalId,
                                   String revisorId,
                                   int revision,
                                   ProposalContent content,
                                   List<Author> authors,
                                   String mentorId,
                                   Instant revisedAt) {
}
