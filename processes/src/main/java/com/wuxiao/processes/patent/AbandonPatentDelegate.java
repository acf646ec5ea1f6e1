package com.wuxiao.processes.patent;

import com.wuxiao.command.patent.api.AbandonPatentCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** The union office gave the case up (from any task's "abandon" choice): tell the case. */
@Component(PatentPromotion.Bean.ABANDON_PATENT)
public class AbandonPatentDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public AbandonPatentDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commandGateway.sendAndWait(new AbandonPatentCommand(
                PatentTasks.patentId(execution),
                ProcessVariables.optionalString(execution, Var.ABANDON_REASON),
                ProcessSteps.currentUser(execution),
                PatentTasks.commandId(execution),
                clock.instant()));
    }
}
