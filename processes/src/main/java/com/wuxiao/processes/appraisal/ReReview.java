package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.Objects;
import java.util.Optional;

/** Routes a proposal's or an objection's scope to its consensus re-review task. */
final class ReReview {

    private ReReview() {
    }

    /** After a score: did it send this proposal to re-review (the last score, spread too far)? */
    static void afterScore(Optional<Object> latest, String proposalId, VariableScope scope) {
        if (latest.orElse(null) instanceof ReReviewRequiredEvent required
                && required.objectionId() == null && required.proposalId().equals(proposalId)) {
            mark(required, scope);
        }
    }

    /**
     * After an upheld objection: did it send the proposal to re-review? Not if the proposal was in
     * re-review already; that re-review covers this objection too.
     */
    static void afterObjection(Optional<Object> latest, String objectionId, VariableScope scope) {
        if (latest.orElse(null) instanceof ReReviewRequiredEvent required
                && Objects.equals(required.objectionId(), objectionId)) {
            mark(required, scope);
        }
    }

    /** The variables land in the scope that declares them locally: the proposal's or the objection's. */
    private static void mark(ReReviewRequiredEvent required, VariableScope scope) {
        scope.setVariable(Var.PROPOSAL_ID, required.proposalId());
        scope.setVariable(Var.RE_REVIEW_REQUIRED, true);
        scope.setVariable(Var.RE_REVIEW_REASON, required.reason().name() + " " + required.reason().zh());
        scope.setVariable(Var.SCORE_SPREAD, required.spread() == null ? null : required.spread().toPlainString());
    }
}
