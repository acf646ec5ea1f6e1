package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.ReReviewDue;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Routes a proposal's or an objection's scope to its consensus re-review task, when the round says one is due. */
final class ReReview {

    private ReReview() {
    }

    /**
     * The variables land in the scope that declares them locally: the proposal's or the objection's.
     * No re-review due (null), nothing is set and the scope goes on without one.
     */
    static void route(ReReviewDue due, VariableScope scope) {
        if (due == null) {
            return;
        }
        scope.setVariable(Var.PROPOSAL_ID, due.proposalId());
        scope.setVariable(Var.RE_REVIEW_REQUIRED, true);
        scope.setVariable(Var.RE_REVIEW_REASON, due.reason().name() + " " + due.reason().zh());
        scope.setVariable(Var.SCORE_SPREAD, due.spread() == null ? null : due.spread().toPlainString());
    }
}
