package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.NamePanelCommand;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** Names the panel the union leader typed into the panel form; the round checks every member. */
@Component(QuarterlyAppraisal.Bean.NAME_PANEL)
public class NamePanelDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public NamePanelDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commandGateway.sendAndWait(new NamePanelCommand(RoundProcess.roundId(execution),
                memberIds(ProcessVariables.optionalString(execution, Var.PANEL_MEMBER_IDS)),
                ProcessSteps.currentUser(execution), clock.instant()));
    }

    /** Ids separated by commas (ASCII or Chinese), semicolons or white space, in the order typed. */
    static List<String> memberIds(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，;；\\s]+")).filter(id -> !id.isBlank()).toList();
    }
}
