package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Records the panel's agreed scores from a re-review task, as the union leader who completed it.
 * Serves both re-reviews: after spread scores (one per proposal) and after an upheld objection
 * (one per objection), which also makes its command id unique.
 */
@Component(QuarterlyAppraisal.Bean.RECORD_CONSENSUS)
public class RecordConsensusDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RecordConsensusDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalId = ProcessVariables.string(execution, Var.PROPOSAL_ID);
        String subject = QuarterlyAppraisal.Activity.RECORD_OBJECTION_CONSENSUS.equals(execution.getCurrentActivityId())
                ? ProcessVariables.string(execution, Var.OBJECTION_ID)
                : proposalId;
        commandGateway.sendAndWait(new RecordConsensusScoreCommand(RoundProcess.roundId(execution), proposalId,
                ProcessVariables.wholeNumber(execution, Var.FEASIBILITY),
                ProcessVariables.wholeNumber(execution, Var.BENEFIT),
                ProcessVariables.wholeNumber(execution, Var.PROMOTABILITY),
                ProcessSteps.currentUser(execution),
                ProcessVariables.optionalString(execution, Var.COMMENT),
                ProcessSteps.commandId(execution, subject),
                clock.instant()));
    }
}
