package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
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
        String proposalId = RoundProcess.string(execution, Var.PROPOSAL_ID);
        String subject = QuarterlyAppraisal.Activity.RECORD_OBJECTION_CONSENSUS.equals(execution.getCurrentActivityId())
                ? RoundProcess.string(execution, Var.OBJECTION_ID)
                : proposalId;
        commandGateway.sendAndWait(new RecordConsensusScoreCommand(RoundProcess.roundId(execution), proposalId,
                RoundProcess.wholeNumber(execution, Var.FEASIBILITY),
                RoundProcess.wholeNumber(execution, Var.BENEFIT),
                RoundProcess.wholeNumber(execution, Var.PROMOTABILITY),
                RoundProcess.currentUser(execution.getProcessEngineServices()),
                RoundProcess.optionalString(execution, Var.COMMENT),
                RoundProcess.commandId(execution, subject),
                clock.instant()));
    }
}
