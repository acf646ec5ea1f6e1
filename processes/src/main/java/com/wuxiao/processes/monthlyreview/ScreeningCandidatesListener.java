package com.wuxiao.processes.monthlyreview;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * On creation of a screening task, offers it to the candidates the bridge worked out for this
 * revision ({@link ScreeningCandidates}), besides any the BPMN names itself (the union office on the
 * escalated task). Camunda grants task access to exactly these, so Tasklist, {@code /engine-rest}
 * and {@code /api/screenings} all keep the task from a coordinator with a conflict of interest.
 */
@Component(MonthlyReview.Bean.SCREENING_CANDIDATES_LISTENER)
public class ScreeningCandidatesListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ScreeningCandidates candidates = ScreeningCandidates.fromVariables(
                task.getVariable(MonthlyReview.Var.CANDIDATE_GROUPS), task.getVariable(MonthlyReview.Var.CANDIDATE_USERS));
        Set<String> present = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? "g:" + link.getGroupId() : "u:" + link.getUserId())
                .collect(Collectors.toSet());
        candidates.groups().stream().filter(group -> !present.contains("g:" + group)).forEach(task::addCandidateGroup);
        candidates.users().stream().filter(user -> !present.contains("u:" + user)).forEach(task::addCandidateUser);
        if (task.getCandidates().isEmpty()) {
            // The bridge always names someone; a task nobody may see would wait in vain.
            throw new IllegalStateException("Screening task " + task.getId() + " of process instance "
                    + task.getProcessInstanceId() + " has no candidates");
        }
    }
}
