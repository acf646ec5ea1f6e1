package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.DecideObjectionCommand;
import com.wuxiao.command.appraisal.api.ObjectionDecisionOutcome;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.ObjectionOutcome;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Sends the union leader's decision on an objection and follows what the round decided. An upheld
 * objection voids the ranking: the publicity scope learns it ({@code rankingVoided}, which also ends
 * its wait at once) and the round is ranked and approved again once this and every other objection
 * of the period is settled. If the round sent the proposal to re-review because of this objection,
 * the objection's scope routes to the re-review task; if the proposal was in re-review already, the
 * round says none is due: that re-review covers it.
 */
@Component(QuarterlyAppraisal.Bean.DECIDE_OBJECTION)
public class DecideObjectionDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public DecideObjectionDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean upheld = upheld(ProcessVariables.optionalString(execution, Var.OBJECTION_OUTCOME));
        ObjectionDecisionOutcome decided = RoundProcess.send(commandGateway, new DecideObjectionCommand(
                RoundProcess.roundId(execution), ProcessVariables.string(execution, Var.OBJECTION_ID), upheld,
                ProcessSteps.currentUser(execution),
                ProcessVariables.optionalString(execution, Var.DECISION_NOTE), clock.instant()),
                ObjectionDecisionOutcome.class);
        if (decided.upheld()) {
            execution.setVariable(Var.RANKING_VOIDED, true);
        }
        ReReview.route(decided.reReview(), execution);
    }

    private static boolean upheld(String outcome) {
        if (ObjectionOutcome.UPHELD.equals(outcome)) {
            return true;
        }
        if (ObjectionOutcome.DENIED.equals(outcome)) {
            return false;
        }
        throw RuleViolation.invalid("objection-outcome-required", Var.OBJECTION_OUTCOME);
    }
}
