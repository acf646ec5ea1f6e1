package com.wuxiao.command.proposal.api;

import com.wuxiao.command.competition.api.ReviewDeadlines;

import java.time.Instant;
import java.util.List;

/**
 * A proposal was declared in a month of a competition year.
 *
 * @param deadlines   the year's screening and revision deadlines at declaration; the review keeps them
 * @param attachments the files declared with it (metadata only); events stored before attachments
 *                    existed have none and read as an empty list
 * @param needId      the production need it answers; null if none (and in events stored before needs)
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
                                     ReviewDeadlines deadlines,
                                     List<AttachmentRef> attachments,
                                     String needId) {

    public ProposalSubmittedEvent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A declaration answering no need. */
    public ProposalSubmittedEvent(String proposalId, String submitterId, String unitId, ProposalContent content,
                                  List<Author> authors, String mentorId, int competitionYear, int declarationMonth,
                                  Instant submittedAt, ReviewDeadlines deadlines, List<AttachmentRef> attachments) {
        this(proposalId, submitterId, unitId, content, authors, mentorId, competitionYear, declarationMonth,
                submittedAt, deadlines, attachments, null);
    }

    /** A declaration without attachments. */
    public ProposalSubmittedEvent(String proposalId, String submitterId, String unitId, ProposalContent content,
                                  List<Author> authors, String mentorId, int competitionYear, int declarationMonth,
                                  Instant submittedAt, ReviewDeadlines deadlines) {
        this(proposalId, submitterId, unitId, content, authors, mentorId, competitionYear, declarationMonth,
                submittedAt, deadlines, List.of());
    }
}
