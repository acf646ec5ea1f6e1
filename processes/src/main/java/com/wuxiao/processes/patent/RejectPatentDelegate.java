package com.wuxiao.processes.patent;

import com.wuxiao.command.patent.api.RejectPatentCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** The office refused the application: tell the case. */
@Component(PatentPromotion.Bean.REJECT_PATENT)
public class RejectPatentDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RejectPatentDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commandGateway.sendAndWait(new RejectPatentCommand(
                PatentTasks.patentId(execution),
                ProcessVariables.date(execution, Var.REJECTED_ON),
                ProcessVariables.optionalString(execution, Var.REJECTION_REASON),
                ProcessSteps.currentUser(execution),
                PatentTasks.commandId(execution),
                clock.instant()));
    }
}
