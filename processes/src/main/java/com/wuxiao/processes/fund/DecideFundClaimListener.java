package com.wuxiao.processes.fund;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.fund.api.ApproveFundClaimCommand;
import com.wuxiao.command.fund.api.RefuseFundClaimCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.fund.FundClaimProcess.Decision;
import com.wuxiao.processes.fund.FundClaimProcess.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * On completion of the claim's decision, approves (in full, or the amount entered) or refuses it; a
 * refusal by the fund (more than remains, decided already) undoes the completion, and Tasklist shows
 * the fund's message.
 */
@Component(FundClaimProcess.Bean.DECIDE)
public class DecideFundClaimListener implements TaskListener {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public DecideFundClaimListener(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessVariables.optionalString(task, Var.DECISION);
        String fundId = ProcessVariables.string(task, Var.FUND_ID);
        String claimId = ProcessSteps.businessKey(task.getExecution(), "the claim id");
        String user = ProcessSteps.currentUser(task);
        if (Decision.APPROVE.equals(decision)) {
            commandGateway.sendAndWait(new ApproveFundClaimCommand(fundId, claimId,
                    fen(ProcessVariables.decimal(task, Var.APPROVED_AMOUNT)),
                    ProcessVariables.optionalString(task, Var.DECISION_NOTE), user, ProcessSteps.commandId(task),
                    clock.instant()));
            task.getExecution().setVariable(Var.APPROVED, true);
        } else if (Decision.REFUSE.equals(decision)) {
            commandGateway.sendAndWait(new RefuseFundClaimCommand(fundId, claimId,
                    ProcessVariables.optionalString(task, Var.REFUSAL_REASON), user, ProcessSteps.commandId(task),
                    clock.instant()));
            task.getExecution().setVariable(Var.APPROVED, false);
        } else {
            throw RuleViolation.invalid("decision-required", Var.DECISION);
        }
    }

    /** Yuan as fen; null (empty field) is the amount claimed. */
    private static Long fen(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.invalid("amount-format", Var.APPROVED_AMOUNT);
        }
        return yuan.movePointRight(2).longValueExact();
    }
}
