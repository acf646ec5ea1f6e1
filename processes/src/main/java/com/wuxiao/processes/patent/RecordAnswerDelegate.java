package com.wuxiao.processes.patent;

import com.wuxiao.command.patent.api.AnswerOfficeActionCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The open office action was answered: tell the case, then clear this round's office action and
 * answer so that the next decision task starts blank (no stale office action to resubmit).
 */
@Component(PatentPromotion.Bean.RECORD_ANSWER)
public class RecordAnswerDelegate implements JavaDelegate {

    static final List<String> ROUND_VARIABLES = List.of(Var.ISSUED_ON, Var.RESPONSE_DUE, Var.SUMMARY,
            Var.RESPONSE_DUE_AT, Var.ANSWER_DECISION, Var.ANSWERED_ON, Var.ANSWER_NOTE);

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RecordAnswerDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commandGateway.sendAndWait(new AnswerOfficeActionCommand(
                PatentTasks.patentId(execution),
                ProcessVariables.date(execution, Var.ANSWERED_ON),
                ProcessVariables.optionalString(execution, Var.ANSWER_NOTE),
                ProcessSteps.currentUser(execution),
                PatentTasks.commandId(execution),
                clock.instant()));
        execution.removeVariables(ROUND_VARIABLES);
    }
}
