package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.proposal.api.ProposalLimits;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A coordinator's screening decision, as the Tasklist form would send it. The Proposal aggregate
 * decides the rest (a comment for RETURN, a reason for REJECT, who may screen).
 */
public record ScreeningRequest(
        @NotNull(message = "初审结论不能为空 / outcome is required") ScreeningOutcome outcome,
        @Size(max = ProposalLimits.COMMENT_MAX, message = "意见过长 / comment is too long") String comment,
        RejectionReason rejectionReason) {
}
