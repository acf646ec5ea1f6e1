package com.wuxiao.processes.conversion;

import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.RecordConversionOverdueCommand;
import com.wuxiao.processes.conversion.ProductionConversion.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * A reminder timer fired with its task still open: tell the conversion, which records the milestone
 * overdue (or ignores it if it is done meanwhile). The milestone is the service task's input
 * parameter. Exceptions propagate, so the job is retried rather than the reminder lost.
 */
@Component(ProductionConversion.Bean.RECORD_OVERDUE)
public class RecordConversionOverdueDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RecordConversionOverdueDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String milestone = ProcessVariables.optionalString(execution, Var.MILESTONE);
        if (milestone == null) {
            throw new IllegalStateException("Activity " + execution.getCurrentActivityId()
                    + " names no milestone (input parameter '" + Var.MILESTONE + "')");
        }
        commandGateway.sendAndWait(new RecordConversionOverdueCommand(
                ConversionTasks.conversionId(execution),
                ConversionMilestone.valueOf(milestone),
                ProcessSteps.commandId(execution),
                clock.instant()));
    }
}
