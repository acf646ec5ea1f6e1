package com.wuxiao.processes.patent;

import com.wuxiao.command.patent.api.RecordOfficeActionCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import com.wuxiao.query.period.api.Period;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

/**
 * The office issued an office action: tell the case, show its number on the answer form, and set the answer's due time to
 * the end of the due day in Beijing (the answer task's due date and reminder). The decision is
 * cleared so that the next visit of the decision task starts blank.
 */
@Component(PatentPromotion.Bean.RECORD_OFFICE_ACTION)
public class RecordOfficeActionDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RecordOfficeActionDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int sequence = PatentTasks.officeActions(execution) + 1;
        execution.setVariable(Var.OFFICE_ACTIONS, sequence); // for the answer form's heading only
        LocalDate responseDue = ProcessVariables.date(execution, Var.RESPONSE_DUE);
        commandGateway.sendAndWait(new RecordOfficeActionCommand(
                PatentTasks.patentId(execution),
                ProcessVariables.date(execution, Var.ISSUED_ON),
                responseDue,
                ProcessVariables.optionalString(execution, Var.SUMMARY),
                ProcessSteps.currentUser(execution),
                ProcessSteps.commandId(execution, sequence), // the id names this action
                clock.instant()));
        // the case accepted it, so responseDue is a date
        execution.setVariable(Var.RESPONSE_DUE_AT,
                Date.from(responseDue.plusDays(1).atStartOfDay(Period.ZONE).toInstant()));
        execution.removeVariable(Var.OFFICE_DECISION);
    }
}
