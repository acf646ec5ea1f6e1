package com.wuxiao.processes.patent;

import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.patent.PatentPromotion.Activity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/** What the delegates of the patent-promotion process read before they send their one command. */
final class PatentTasks {

    private PatentTasks() {
    }

    /**
     * The business key, not a variable: whoever may complete a task may also write variables, and
     * must not be able to point the step at another case.
     */
    static String patentId(DelegateExecution execution) {
        return ProcessSteps.businessKey(execution, "the patent case id");
    }

    /**
     * Office actions this process has recorded, counted from the engine's history: the finished
     * visits of {@link Activity#RECORD_OFFICE_ACTION} (the one running now is not finished, so it
     * counts the actions before it). Not read from a process variable: whoever completes a task may
     * write any variable, and a stale count would give a new office action the command id of an
     * old one, which the case would then silently ignore as a repeat. Rolled back with the
     * transaction like a variable, so a retried step still gets the same id.
     */
    static int officeActions(DelegateExecution execution) {
        HistoryLevel level = ((ProcessEngineConfigurationImpl) execution.getProcessEngine()
                .getProcessEngineConfiguration()).getHistoryLevel();
        if (!level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, null)) {
            throw new IllegalStateException("Patent promotion counts its office actions from the activity history;"
                    + " history level " + level.getName() + " does not keep it (use activity or higher)");
        }
        return Math.toIntExact(execution.getProcessEngineServices().getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .activityId(Activity.RECORD_OFFICE_ACTION)
                .finished()
                .count());
    }

    /**
     * Deterministic id of the command this activity sends: the office-action count tells the loop's
     * rounds apart, so a retry sends the same id and the aggregate ignores the repeat.
     */
    static String commandId(DelegateExecution execution) {
        return ProcessSteps.commandId(execution, officeActions(execution));
    }
}
