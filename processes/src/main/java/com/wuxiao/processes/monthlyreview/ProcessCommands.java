package com.wuxiao.processes.monthlyreview;

import com.wuxiao.processes.engine.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What every delegate of this process reads before it sends its command. */
final class ProcessCommands {

    private ProcessCommands() {
    }

    /**
     * The business key, not a variable: whoever may complete a task may also write variables, and
     * must not be able to point the decision at another proposal.
     */
    static String proposalId(DelegateExecution execution) {
        return ProcessSteps.businessKey(execution, "the proposal id");
    }

    /** Tasklist may write numbers back as Long or Double, so accept any Number. */
    static int revision(DelegateExecution execution) {
        Object value = execution.getVariable(MonthlyReview.Var.REVISION);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Process variable '" + MonthlyReview.Var.REVISION
                    + "' is missing in process instance " + execution.getProcessInstanceId());
        }
        return number.intValue();
    }

    /**
     * Deterministic id of the command this activity sends for this revision: a retried job or a
     * replayed transaction sends the same id, and the aggregate ignores the repeat.
     */
    static String commandId(DelegateExecution execution, int revision) {
        return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + revision;
    }

    static String optionalString(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
