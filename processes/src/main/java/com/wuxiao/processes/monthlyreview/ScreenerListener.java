package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.common.api.RuleViolation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completion of a screening task, records who completed it as {@code screenerId}. Tasklist
 * and the REST API authenticate the user on the engine; a completion without one (e.g. a bare
 * API call from code) cannot be attributed and is refused.
 */
@Component(MonthlyReview.Bean.SCREENER_LISTENER)
public class ScreenerListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw RuleViolation.forbidden("screener-not-authenticated");
        }
        task.setVariable(MonthlyReview.Var.SCREENER_ID, authentication.getUserId());
    }
}
