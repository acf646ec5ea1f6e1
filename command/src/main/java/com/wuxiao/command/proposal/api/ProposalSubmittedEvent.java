package com.wuxiao.command.proposal.api;

import com.wuxiao.command.competition.api.ReviewDeadlines;

import java.time.Instant;
import java.util.List;

/**
 * A proposal was declared in a month of a competition year.
 *
 * @param deadlines the year's screening and revision deadlines at declaration; the review keeps them
 */
public record ProposalSubmittedEvent(String proposalId,
                                     String submitterId,
                                     String unitId,
                                     ProposalContent content,
                                     List<Author> authors,
                                     String mentorId,
                                     int competitionYear,
                                     int declarationMonth,
                                     Instant submittedAt,
                                     ReviewDeadlines deadlines) {
}
