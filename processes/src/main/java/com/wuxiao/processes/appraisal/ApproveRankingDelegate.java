package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.PublicityPeriod;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/**
 * Approves the ranking as the union leader who completed the approval task. Its publicity period
 * starts at once; the round's own end of it (its configuration snapshot) drives the timer.
 */
@Component(QuarterlyAppraisal.Bean.APPROVE_RANKING)
public class ApproveRankingDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public ApproveRankingDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublicityPeriod publicity = RoundProcess.send(commandGateway, new ApproveRankingCommand(
                RoundProcess.roundId(execution), ProcessSteps.currentUser(execution),
                clock.instant()), PublicityPeriod.class);
        execution.setVariable(Var.PUBLICITY_ENDS_AT, Date.from(publicity.endsAt()));
        execution.setVariable(Var.PUBLICITY_CLOSES_AT,
                Date.from(publicity.endsAt().plus(QuarterlyAppraisal.OBJECTION_GRACE)));
    }
}
