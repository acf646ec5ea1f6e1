package com.wuxiao.command.proposal.api;

import java.time.Instant;
import java.util.List;

/** A proposal was declared in a month of a competition year. */
public record ProposalSubmittedEvent(String proposalId,
                                     String submitterId,
                                     String unitId,
                                     ProposalContent content,
                                     List<Author> authors,
                                     String mentorId,
                                     int competitionYear,
                                     int declarationMonth,
                                     Instant submittedAt) {
}
