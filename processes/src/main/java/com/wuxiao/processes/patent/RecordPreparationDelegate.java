package com.wuxiao.processes.patent;

import com.wuxiao.command.patent.api.PrepareApplicationCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The application is prepared: tell the case, and start the filing's reminder clock. A refusal
 * propagates and rolls back the task's completion, so Tasklist shows the case's message.
 */
@Component(PatentPromotion.Bean.RECORD_PREPARATION)
public class RecordPreparationDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RecordPreparationDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        commandGateway.sendAndWait(new PrepareApplicationCommand(
                PatentTasks.patentId(execution),
                ProcessVariables.optionalString(execution, Var.AGENCY),
                ProcessVariables.optionalString(execution, Var.PREPARATION_NOTE),
                ProcessSteps.currentUser(execution),
                PatentTasks.commandId(execution),
                now));
        Duration reminder = Duration.parse((String) execution.getVariable(Var.FILING_REMINDER));
        execution.setVariable(Var.FILING_DUE_AT, Date.from(now.plus(reminder)));
    }
}
