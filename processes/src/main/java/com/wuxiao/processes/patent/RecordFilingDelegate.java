package com.wuxiao.processes.patent;

import com.wuxiao.command.patent.api.FilePatentCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** The application was filed: tell the case (which also awards the filing points). */
@Component(PatentPromotion.Bean.RECORD_FILING)
public class RecordFilingDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RecordFilingDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commandGateway.sendAndWait(new FilePatentCommand(
                PatentTasks.patentId(execution),
                ProcessVariables.optionalString(execution, Var.APPLICATION_NUMBER),
                ProcessVariables.date(execution, Var.FILED_ON),
                ProcessSteps.currentUser(execution),
                PatentTasks.commandId(execution),
                clock.instant()));
    }
}
