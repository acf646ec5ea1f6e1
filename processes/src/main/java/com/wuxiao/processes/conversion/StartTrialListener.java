package com.wuxiao.processes.conversion;

import com.wuxiao.command.conversion.api.StartTrialCommand;
import com.wuxiao.processes.conversion.ProductionConversion.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * On completion of "start trial", records the start as the user who completed the task. A listener
 * on completion, so that a refusal (a date in the future, not the owner) undoes the completion and
 * reaches the user in Tasklist.
 */
@Component(ProductionConversion.Bean.START_TRIAL)
public class StartTrialListener implements TaskListener {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public StartTrialListener(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        commandGateway.sendAndWait(new StartTrialCommand(
                ConversionTasks.conversionId(task.getExecution()),
                ProcessVariables.date(task, Var.TRIAL_STARTED_ON),
                ProcessSteps.currentUser(task),
                ProcessSteps.commandId(task),
                clock.instant()));
    }
}
