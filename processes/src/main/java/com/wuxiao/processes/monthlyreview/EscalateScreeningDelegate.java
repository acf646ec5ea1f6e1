package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.proposal.api.EscalateScreeningCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Screening was left undone too long: tell the proposal, which then lets the union office screen.
 * Exceptions propagate on purpose, so a rejected command rolls back Camunda's transaction.
 */
@Component(MonthlyReview.Bean.ESCALATE_SCREENING)
public class EscalateScreeningDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public EscalateScreeningDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int revision = ReviewSteps.revision(execution);
        commandGateway.sendAndWait(new EscalateScreeningCommand(
                ReviewSteps.proposalId(execution),
                revision,
                ProcessSteps.commandId(execution, revision),
                clock.instant()));
    }
}
