package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.ProposalLimits;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * The fields of a screening, an appraisal result and an added file, apart from the {@link Proposal}'s rules.
 * The comment is checked as sent, not stripped: the events carry it as sent.
 */
final class ProposalInput {

    private ProposalInput() {
    }

    static void checkScreening(ScreenProposalCommand command) {
        if (command.outcome() == null) {
            throw RuleViolation.invalid("required", "outcome", term("field.screening-outcome"));
        }
        String comment = command.comment();
        if (comment != null && comment.length() > ProposalLimits.COMMENT_MAX) {
            throw RuleViolation.invalid("too-long", "comment", term("field.screening-comment"),
                    ProposalLimits.COMMENT_MAX);
        }
        if (command.outcome() == ScreeningOutcome.RETURN && (comment == null || comment.isBlank())) {
            throw RuleViolation.invalid("comment-required", "comment");
        }
        if (command.outcome() == ScreeningOutcome.REJECT && command.rejectionReason() == null) {
            throw RuleViolation.invalid("rejection-reason-required", "rejectionReason");
        }
    }

    static void checkAppraisal(RecordAppraisalResultCommand command) {
        if (command.roundId() == null || command.roundId().isBlank()) {
            throw RuleViolation.invalid("required", "roundId", term("field.round"));
        }
        if (command.grade() == null) {
            throw RuleViolation.invalid("required", "grade", term("field.grade"));
        }
        if (command.finalScore() == null) {
            throw RuleViolation.invalid("required", "finalScore", term("field.final-score"));
        }
        if (command.finalisedAt() == null) {
            throw RuleViolation.invalid("required", "finalisedAt", term("field.finalised-at"));
        }
    }

    static AttachmentRef attachment(AttachmentRef attachment) {
        if (attachment == null || attachment.id() == null) {
            throw RuleViolation.invalid("required", "file", term("field.file"));
        }
        return attachment;
    }
}
