package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * After the publicity period, with every objection settled and the ranking standing, makes the
 * grades final on behalf of the union leader who opened the round; rewards and points follow.
 */
@Component(QuarterlyAppraisal.Bean.FINALISE_ROUND)
public class FinaliseRoundDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public FinaliseRoundDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commandGateway.sendAndWait(new FinaliseRoundCommand(RoundProcess.roundId(execution),
                RoundProcess.roundLeader(execution), clock.instant()));
    }
}
