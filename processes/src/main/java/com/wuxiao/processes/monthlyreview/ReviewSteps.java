package com.wuxiao.processes.monthlyreview;

import com.wuxiao.processes.engine.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the monthly review's delegates read before they send their command: which proposal, which revision. */
final class ReviewSteps {

    private ReviewSteps() {
    }

    /**
     * The business key, not a variable: whoever may complete a task may also write variables, and
     * must not be able to point the decision at another proposal.
     */
    static String proposalId(DelegateExecution execution) {
        return ProcessSteps.businessKey(execution, "the proposal id");
    }

    static int revision(DelegateExecution execution) {
        Integer revision = revisionIn(execution.getVariable(MonthlyReview.Var.REVISION));
        if (revision == null) {
            throw new IllegalStateException("Process variable '" + MonthlyReview.Var.REVISION
                    + "' is missing in process instance " + execution.getProcessInstanceId());
        }
        return revision;
    }

    /**
     * The revision a stored {@link MonthlyReview.Var#REVISION} value names, or null when there is
     * none. Tasklist may write numbers back as Long or Double, so accept any Number.
     */
    static Integer revisionIn(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }
}
