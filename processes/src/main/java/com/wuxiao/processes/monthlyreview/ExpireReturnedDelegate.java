package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.proposal.api.ExpireReturnedProposalCommand;
import com.wuxiao.command.proposal.api.ReturnedProposalExpiry;
import com.wuxiao.processes.engine.ProcessSteps;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The revision window ran out. The proposal decides whether that withdraws it (only if it is still
 * RETURNED at this revision) and answers what it did, which the process branches on: a revision that
 * beat the timer is then awaited, not lost. Exceptions propagate so Camunda's transaction rolls back.
 */
@Component(MonthlyReview.Bean.EXPIRE_RETURNED)
public class ExpireReturnedDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public ExpireReturnedDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int revision = ReviewSteps.revision(execution);
        ReturnedProposalExpiry expiry = commandGateway.sendAndWait(new ExpireReturnedProposalCommand(
                ReviewSteps.proposalId(execution),
                revision,
                ProcessSteps.commandId(execution, revision),
                clock.instant()));
        if (expiry == null) {
            throw new IllegalStateException("The proposal did not answer the expiry of revision " + revision
                    + " in process instance " + execution.getProcessInstanceId());
        }
        execution.setVariable(MonthlyReview.Var.EXPIRY_OUTCOME, expiry.outcome().name());
    }
}
