package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.AppraisalLimits;
import com.wuxiao.command.appraisal.api.OpenAppraisalRoundCommand;
import com.wuxiao.command.appraisal.api.RoundOpened;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * Opens the quarter's round, as the union leader who started the process, and makes the round id
 * the business key; the round takes its pool of accepted proposals from the command side itself.
 * Runs in the starter's transaction: a refusal (round open already, empty pool, not a union leader)
 * undoes the start and reaches them.
 */
@Component(QuarterlyAppraisal.Bean.OPEN_ROUND)
public class OpenRoundDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public OpenRoundDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = required(execution, Var.YEAR, term("field.year"));
        int quarter = required(execution, Var.QUARTER, term("field.quarter"));
        String roundId = AppraisalLimits.roundIdOf(year, quarter);
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            execution.setProcessBusinessKey(roundId); // Tasklist's start form leaves it empty
        } else if (!businessKey.equals(roundId)) {
            throw RuleViolation.invalid("business-key-mismatch", "businessKey", roundId);
        }
        String openedBy = ProcessSteps.currentUser(execution);
        RoundOpened opened = commandGateway.sendAndWait(new OpenAppraisalRoundCommand(roundId, year, quarter, openedBy,
                clock.instant()));
        execution.setVariable(Var.ROUND_ID, roundId);
        execution.setVariable(Var.POOL_SIZE, opened.poolSize());
    }

    private static int required(DelegateExecution execution, String name, RuleViolation.Term label) {
        Integer value = ProcessVariables.wholeNumber(execution, name);
        if (value == null) {
            throw RuleViolation.invalid("required", name, label);
        }
        return value;
    }
}
