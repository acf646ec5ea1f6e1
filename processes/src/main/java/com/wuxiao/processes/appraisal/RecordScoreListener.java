package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.appraisal.api.ScoreOutcome;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * On completion of a scoring task, records the score as the user who completed it. A listener, not
 * a service task: the scoring activity continues asynchronously after completion (so parallel
 * scorers do not collide on the multi-instance counters), yet a refusal by the round (not assigned,
 * conflict of interest, a score out of range) must still undo the completion and reach the scorer.
 *
 * <p>If this was the proposal's last score and the scores spread too far, the round answers that a
 * consensus re-review is due; the proposal's scope learns it here and routes to the re-review task.
 */
@Component(QuarterlyAppraisal.Bean.RECORD_SCORE)
public class RecordScoreListener implements TaskListener {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RecordScoreListener(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String proposalId = ProcessVariables.string(task, Var.PROPOSAL_ID);
        String scorerId = ProcessSteps.currentUser(task);
        RecordScoreCommand score = new RecordScoreCommand(RoundProcess.roundId(execution), proposalId, scorerId,
                ProcessVariables.wholeNumber(task, Var.FEASIBILITY),
                ProcessVariables.wholeNumber(task, Var.BENEFIT),
                ProcessVariables.wholeNumber(task, Var.PROMOTABILITY),
                ProcessVariables.optionalString(task, Var.COMMENT),
                ProcessSteps.commandId(execution, proposalId + ":" + scorerId),
                clock.instant());
        ScoreOutcome outcome;
        try {
            outcome = RoundProcess.send(commandGateway, score, ScoreOutcome.class);
        } catch (RuntimeException e) {
            throw RoundProcess.conflictIfConcurrent(e);
        }
        ReReview.route(outcome.reReview(), execution);
    }
}
