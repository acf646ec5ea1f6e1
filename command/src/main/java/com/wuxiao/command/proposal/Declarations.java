package com.wuxiao.command.proposal;

import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;

import java.time.Instant;
import java.util.List;

/**
 * A declaration's body as the command the aggregate decides on: one way for POST /api/proposals and
 * for a draft's submission, so both are judged alike.
 */
public final class Declarations {

    private Declarations() {
    }

    public static SubmitProposalCommand submitCommand(String proposalId, String submitterId, ProposalRequest body,
                                                      List<AttachmentRef> attachments, Instant submittedAt) {
        return new SubmitProposalCommand(proposalId, submitterId, body.unitId(), body.content(),
                AuthorRequest.toAuthors(body.authors()), blankToNull(body.mentorId()), submittedAt, attachments,
                blankToNull(body.needId()));
    }

    /** Forms send an empty mentor field for "no mentor". */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
