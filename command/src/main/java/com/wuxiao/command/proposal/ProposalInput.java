package com.wuxiao.command.proposal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.ProposalLimits;
import com.wuxiao.command.proposal.api.RecordAppraisalResultCommand;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;

/**
 * The fields of a screening, an appraisal result and an added file, apart from the {@link Proposal}'s rules.
 * The comment is checked as sent, not stripped: the events carry it as sent.
 */
final class ProposalInput {

    private ProposalInput() {
    }

    static void checkScreening(ScreenProposalCommand command) {
        if (command.outcome() == null) {
            throw RuleViolation.invalid("required", "outcome", "初审结论不能为空", "outcome is required");
        }
        String comment = command.comment();
        if (comment != null && comment.length() > ProposalLimits.COMMENT_MAX) {
            throw RuleViolation.invalid("too-long", "comment",
                    "意见不能超过 " + ProposalLimits.COMMENT_MAX + " 个字符",
                    "comment must be at most " + ProposalLimits.COMMENT_MAX + " characters");
        }
        if (command.outcome() == ScreeningOutcome.RETURN && (comment == null || comment.isBlank())) {
            throw RuleViolation.invalid("comment-required", "comment",
                    "退回修改须填写意见", "a returned proposal needs a comment");
        }
        if (command.outcome() == ScreeningOutcome.REJECT && command.rejectionReason() == null) {
            throw RuleViolation.invalid("rejection-reason-required", "rejectionReason",
                    "不通过须选择原因", "a rejection needs a reason");
        }
    }

    static void checkAppraisal(RecordAppraisalResultCommand command) {
        if (command.roundId() == null || command.roundId().isBlank()) {
            throw RuleViolation.invalid("required", "roundId", "评审轮次不能为空", "roundId is required");
        }
        if (command.grade() == null) {
            throw RuleViolation.invalid("required", "grade", "奖项等级不能为空", "grade is required");
        }
        if (command.finalScore() == null) {
            throw RuleViolation.invalid("required", "finalScore", "最终得分不能为空", "finalScore is required");
        }
        if (command.finalisedAt() == null) {
            throw RuleViolation.invalid("required", "finalisedAt", "确认时间不能为空", "finalisedAt is required");
        }
    }

    static AttachmentRef attachment(AttachmentRef attachment) {
        if (attachment == null || attachment.id() == null) {
            throw RuleViolation.invalid("required", "file", "附件不能为空", "the file is required");
        }
        return attachment;
    }
}
