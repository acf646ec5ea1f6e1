package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.command.appraisal.api.AssignScorersCommand;
import com.wuxiao.command.appraisal.api.AssignmentOutcome;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Has the round assign scorers (it picks them, avoiding conflicts of interest) and keeps its
 * assignments as batches for the scoring tasks. No task is created here: each batch's tasks are
 * created by a job of its own.
 */
@Component(QuarterlyAppraisal.Bean.ASSIGN_SCORERS)
public class AssignScorersDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public AssignScorersDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String roundId = RoundProcess.roundId(execution);
        Integer perProposal = ProcessVariables.wholeNumber(execution, Var.SCORERS_PER_PROPOSAL);
        AssignmentOutcome assigned = RoundProcess.send(commandGateway, new AssignScorersCommand(roundId,
                perProposal == null ? AppraisalLimits.MIN_SCORERS : perProposal,
                ProcessSteps.currentUser(execution), clock.instant()),
                AssignmentOutcome.class);
        execution.setVariables(ScoringBatches.variables(assigned.assignments(), QuarterlyAppraisal.BATCH_SIZE,
                QuarterlyAppraisal.BATCH_TEXT_MAX));
    }
}
