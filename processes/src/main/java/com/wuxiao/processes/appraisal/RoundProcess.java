package com.wuxiao.processes.appraisal;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.engine.ProcessSteps;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** What the delegates and listeners of the quarterly appraisal read before they send their command. */
final class RoundProcess {

    private RoundProcess() {
    }

    /**
     * The round id is the business key, not a variable: whoever may complete a task may also write
     * variables, and must not be able to point a decision at another round.
     */
    static String roundId(DelegateExecution execution) {
        return ProcessSteps.businessKey(execution, "the round id");
    }

    /**
     * The union leader who opened the round acts for the steps no person triggers (ranking after the
     * last score, finalisation after the publicity period). Taken from the engine's record of who
     * started the instance, which no task completion can overwrite.
     */
    static String roundLeader(DelegateExecution execution) {
        HistoricProcessInstance instance = execution.getProcessEngineServices().getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .singleResult();
        if (instance == null || instance.getStartUserId() == null) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
                    + " has no start user (the union leader who opened the round)");
        }
        return instance.getStartUserId();
    }

    /**
     * Sends the activity's command and returns what the round decided: its handler's result, within
     * this transaction. A result of another type is a defect, not a refusal.
     */
    static <R> R send(CommandGateway commandGateway, Object command, Class<R> outcome) {
        Object result = commandGateway.sendAndWait(command);
        if (!outcome.isInstance(result)) {
            throw new IllegalStateException("The round answered " + command.getClass().getSimpleName() + " with "
                    + (result == null ? "nothing" : result.getClass().getSimpleName()) + ", not " + outcome.getSimpleName());
        }
        return outcome.cast(result);
    }

    /**
     * A listener's exception reaches the caller wrapped by Camunda, and infra's problem mapping looks
     * for a RuleViolation among the causes. Another command on the round that committed first (the
     * round's events are appended in order) becomes the same "changed meanwhile, retry" conflict as
     * anywhere else; everything else passes unchanged.
     */
    static RuntimeException conflictIfConcurrent(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                RuleViolation conflict = RuleViolation.conflict("concurrent-change");
                conflict.initCause(failure);
                return conflict;
            }
        }
        return failure;
    }
}
