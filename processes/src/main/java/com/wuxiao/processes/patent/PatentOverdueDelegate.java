package com.wuxiao.processes.patent;

import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.RecordPatentOverdueCommand;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/**
 * A reminder timer fired while its task is still open (the timers do not interrupt): tell the case
 * the step is overdue. The step is the reminder task's input {@code overdueStep}; its due time is
 * the variable the timer fired on.
 */
@Component(PatentPromotion.Bean.REMIND_OVERDUE)
public class PatentOverdueDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public PatentOverdueDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PatentStep step = PatentStep.valueOf((String) execution.getVariableLocal(Var.OVERDUE_STEP));
        String dueVariable = switch (step) {
            case PREPARATION -> Var.PREPARATION_DUE_AT;
            case FILING -> Var.FILING_DUE_AT;
            case OFFICE_ACTION_RESPONSE -> Var.RESPONSE_DUE_AT;
        };
        Date dueAt = (Date) execution.getVariable(dueVariable);
        commandGateway.sendAndWait(new RecordPatentOverdueCommand(
                PatentTasks.patentId(execution),
                step,
                dueAt.toInstant(),
                PatentTasks.commandId(execution),
                clock.instant()));
    }
}
