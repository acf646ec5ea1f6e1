package com.wuxiao.processes.monthlyreview;

import com.wuxiao.processes.engine.ReadSide;
import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindProposalDuplicatesQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * When a screening task is claimed (or given to someone), puts the revision's duplicate candidates on
 * its form, as the read side stored them at the (re)submission (query side's proposal-duplicates).
 *
 * <p>Why on assignment and not at creation: the task is created with the review's start or its
 * revision's message, inside the bridge's event processor transaction, where a read of the read side
 * would hold the processor up; and the read side handles the same event at the same time, so at
 * creation it may not have the candidates yet. Once someone takes the task, the read runs in their
 * request and the read side has long caught up; until then the form says where else to find them.
 * The query reads one stored list, not a scan; {@link ReadSide} bounds it should the query side ever
 * be remote. Display data never fails the claim: a read that fails or times out keeps the text as it is.
 */
@Component(MonthlyReview.Bean.SCREENING_DUPLICATES_LISTENER)
public class ScreeningDuplicatesListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ScreeningDuplicatesListener.class);

    private final QueryGateway queryGateway;

    public ScreeningDuplicatesListener(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null) {
            return; // given back: whoever claims it next reads again
        }
        String proposalId = task.getExecution().getProcessBusinessKey();
        Integer revision = ReviewSteps.revisionIn(task.getVariable(MonthlyReview.Var.REVISION));
        if (proposalId == null || revision == null) {
            return;
        }
        Optional<DuplicateCandidates> stored;
        try {
            stored = ReadSide.await(queryGateway.query(new FindProposalDuplicatesQuery(proposalId, revision),
                    ResponseTypes.optionalInstanceOf(DuplicateCandidates.class)));
        } catch (RuntimeException e) {
            log.warn("Could not read the duplicate candidates of proposal {} for task {}; the form keeps its text",
                    proposalId, task.getId(), e);
            return;
        }
        task.setVariable(MonthlyReview.Var.DUPLICATES_TEXT, stored == null || stored.isEmpty()
                ? ScreeningSheet.DUPLICATES_NOT_READY : ScreeningSheet.duplicatesText(stored.get()));
    }
}
