package com.wuxiao.processes.engine;

import com.wuxiao.command.common.api.RuleViolation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** What every process's delegates and listeners read before they send their command. */
public final class ProcessSteps {

    private ProcessSteps() {
    }

    /**
     * The aggregate a process works on is its business key, not a variable: whoever may complete a
     * task may also write variables, and must not be able to point a step at another aggregate.
     *
     * @param what what the key is, for the message (e.g. "the round id")
     */
    public static String businessKey(DelegateExecution execution, String what) {
        String id = execution.getProcessBusinessKey();
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
                    + " has no business key (" + what + ")");
        }
        return id;
    }

    /**
     * The user working on the task that led here. Tasklist and the REST API authenticate the user
     * on the engine; without one, the act cannot be attributed and is refused.
     */
    public static String currentUser(ProcessEngineServicesAware step) {
        Authentication authentication = step.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw RuleViolation.forbidden("not-authenticated");
        }
        return authentication.getUserId();
    }

    /**
     * Deterministic id of the command a service task sends: a retried job or a replayed transaction
     * sends the same id, and the aggregate ignores the repeat.
     */
    public static String commandId(DelegateExecution execution) {
        return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    }

    /**
     * The id for one subject of an activity that runs more than once per instance (a revision, a
     * proposal, a scorer, a round of a loop), so each visit's command has its own id.
     */
    public static String commandId(DelegateExecution execution, Object subject) {
        return commandId(execution) + ":" + subject;
    }

    /** The id of a user task's command, sent by its listener: the task is done once per instance. */
    public static String commandId(DelegateTask task) {
        return task.getProcessInstanceId() + ":" + task.getTaskDefinitionKey();
    }
}
