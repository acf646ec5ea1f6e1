package com.wuxiao.processes.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands an objection held since it arrived between two publicity periods to the period now open:
 * the message the bridge sends in a publicity period, from the held objection's variables. The
 * period then decides it like any other and waits for it before it ends.
 */
@Component(QuarterlyAppraisal.Bean.PASS_OBJECTION_ON)
public class PassObjectionOnDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ObjectionMessage.heldIn(execution).send(execution.getProcessEngineServices().getRuntimeService(),
                execution.getProcessInstanceId(), QuarterlyAppraisal.Message.OBJECTION_RAISED);
    }
}
