package com.wuxiao.processes.patent;

import com.wuxiao.command.patent.api.GrantPatentCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** The office granted the patent: tell the case (which also awards the grant points). */
@Component(PatentPromotion.Bean.GRANT_PATENT)
public class GrantPatentDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public GrantPatentDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commandGateway.sendAndWait(new GrantPatentCommand(
                PatentTasks.patentId(execution),
                ProcessVariables.optionalString(execution, Var.PATENT_NUMBER),
                ProcessVariables.date(execution, Var.GRANTED_ON),
                ProcessSteps.currentUser(execution),
                PatentTasks.commandId(execution),
                clock.instant()));
    }
}
