package com.wuxiao.processes.fund;

import com.wuxiao.command.fund.api.RecordFundClaimOverdueCommand;
import com.wuxiao.processes.engine.ProcessSteps;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.fund.FundClaimProcess.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The reminder timer fired with the decision still open: the fund records the claim overdue (or
 * ignores it if decided meanwhile). Exceptions propagate, so the job is retried, not the reminder lost.
 */
@Component(FundClaimProcess.Bean.RECORD_OVERDUE)
public class RecordFundClaimOverdueDelegate implements JavaDelegate {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public RecordFundClaimOverdueDelegate(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commandGateway.sendAndWait(new RecordFundClaimOverdueCommand(ProcessVariables.string(execution, Var.FUND_ID),
                ProcessSteps.businessKey(execution, "the claim id"), ProcessSteps.commandId(execution),
                clock.instant()));
    }
}
