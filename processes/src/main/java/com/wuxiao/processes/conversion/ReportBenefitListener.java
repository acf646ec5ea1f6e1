package com.wuxiao.processes.conversion;

import com.wuxiao.command.conversion.api.ReportBenefitCommand;
import com.wuxiao.processes.conversion.ProductionConversion.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * On completion of a benefit report task, records the measured benefit; a refusal undoes the
 * completion. Which report (3 or 12 months) is the task's input parameter; the form's fields are
 * local to the task too, so the second report's form does not show the first one's figures.
 */
@Component(ProductionConversion.Bean.REPORT_BENEFIT)
public class ReportBenefitListener implements TaskListener {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public ReportBenefitListener(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        commandGateway.sendAndWait(new ReportBenefitCommand(
                ConversionTasks.conversionId(task.getExecution()),
                ProcessVariables.wholeNumber(task, Var.MONTHS_AFTER_ADOPTION, 0),
                ProcessVariables.decimal(task, Var.CNY_SAVED_PER_YEAR),
                ProcessVariables.wholeNumber(task, Var.SAFETY_INCIDENTS_AVOIDED, 0),
                ProcessVariables.decimal(task, Var.HOURS_SAVED),
                ProcessSteps.currentUser(task),
                ProcessSteps.commandId(task),
                clock.instant()));
    }
}
