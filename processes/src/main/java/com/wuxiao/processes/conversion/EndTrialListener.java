package com.wuxiao.processes.conversion;

import com.wuxiao.command.conversion.api.EndTrialCommand;
import com.wuxiao.processes.conversion.ProductionConversion.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** On completion of "end trial", records the end and its summary; a refusal undoes the completion. */
@Component(ProductionConversion.Bean.END_TRIAL)
public class EndTrialListener implements TaskListener {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public EndTrialListener(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        commandGateway.sendAndWait(new EndTrialCommand(
                ConversionTasks.conversionId(task.getExecution()),
                ProcessVariables.date(task, Var.TRIAL_ENDED_ON),
                ProcessVariables.optionalString(task, Var.TRIAL_SUMMARY),
                ProcessSteps.currentUser(task),
                ProcessSteps.commandId(task),
                clock.instant()));
    }
}
