package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Sends the screener's decision from the form to the proposal. The aggregate checks who may
 * screen and what each outcome needs; a rejection propagates, rolls back the task completion
 * and shows the aggregate's message in Tasklist.
 */
@Component(MonthlyReview.Bean.RECORD_SCREENING)
public class RecordScreeningDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RecordScreeningDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int revision = ReviewSteps.revision(execution);
        String comment = ProcessVariables.optionalString(execution, MonthlyReview.Var.COMMENT);
        commandGateway.sendAndWait(new ScreenProposalCommand(
                ReviewSteps.proposalId(execution),
                ProcessVariables.optionalString(execution, MonthlyReview.Var.SCREENER_ID),
                revision,
                ProcessVariables.option(execution, MonthlyReview.Var.OUTCOME, ScreeningOutcome.class),
                comment,
                ProcessVariables.option(execution, MonthlyReview.Var.REJECTION_REASON, RejectionReason.class),
                ProcessSteps.commandId(execution, revision),
                clock.instant()));
        // Shown on the next screening if the author revises after a RETURN.
        execution.setVariable(MonthlyReview.Var.LAST_COMMENT, comment);
    }
}
