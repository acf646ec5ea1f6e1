package com.wuxiao.processes.conversion;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.conversion.api.BenefitReports;
import com.wuxiao.command.conversion.api.DecideAdoptionCommand;
import com.wuxiao.processes.conversion.ProductionConversion.Decision;
import com.wuxiao.processes.conversion.ProductionConversion.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * On completion of "adoption decision", records the decision; a refusal undoes the completion. On
 * adoption, sets when the benefit reports fall due, from the very time the adoption carries.
 */
@Component(ProductionConversion.Bean.DECIDE_ADOPTION)
public class DecideAdoptionListener implements TaskListener {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public DecideAdoptionListener(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean adopted = adopted(ProcessVariables.optionalString(task, Var.DECISION));
        Instant decidedAt = clock.instant();
        commandGateway.sendAndWait(new DecideAdoptionCommand(
                ConversionTasks.conversionId(task.getExecution()),
                adopted,
                adopted ? null : ProcessVariables.optionalString(task, Var.DECLINE_REASON),
                ProcessSteps.currentUser(task),
                ProcessSteps.commandId(task),
                decidedAt));
        task.getExecution().setVariable(Var.ADOPTED, adopted);
        if (adopted) {
            task.getExecution().setVariable(Var.FIRST_REPORT_DUE_AT,
                    ProductionConversion.reportDueAt(decidedAt, BenefitReports.FIRST_MONTHS));
            task.getExecution().setVariable(Var.FINAL_REPORT_DUE_AT,
                    ProductionConversion.reportDueAt(decidedAt, BenefitReports.FINAL_MONTHS));
        }
    }

    private static boolean adopted(String decision) {
        if (Decision.ADOPT.equals(decision)) {
            return true;
        }
        if (Decision.DECLINE.equals(decision)) {
            return false;
        }
        throw RuleViolation.invalid("decision-required", Var.DECISION);
    }
}
