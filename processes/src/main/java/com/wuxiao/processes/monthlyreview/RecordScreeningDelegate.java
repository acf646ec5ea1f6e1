package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
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
        int revision = ProcessCommands.revision(execution);
        String comment = ProcessCommands.optionalString(execution, MonthlyReview.Var.COMMENT);
        commandGateway.sendAndWait(new ScreenProposalCommand(
                ProcessCommands.proposalId(execution),
                ProcessCommands.optionalString(execution, MonthlyReview.Var.SCREENER_ID),
                revision,
                parse(ScreeningOutcome.class, execution, MonthlyReview.Var.OUTCOME),
                comment,
                parse(RejectionReason.class, execution, MonthlyReview.Var.REJECTION_REASON),
                ProcessCommands.commandId(execution, revision),
                clock.instant()));
        // Shown on the next screening if the author revises after a RETURN.
        execution.setVariable(MonthlyReview.Var.LAST_COMMENT, comment);
    }

    /** Blank means absent; the aggregate decides whether absent is allowed. */
    private static <E extends Enum<E>> E parse(Class<E> type, DelegateExecution execution, String name) {
        String value = ProcessCommands.optionalString(execution, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("unknown-form-value", name,
                    "无法识别的取值：" + value, "Unknown value: " + value);
        }
    }
}
