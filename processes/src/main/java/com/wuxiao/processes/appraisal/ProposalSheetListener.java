package com.wuxiao.processes.appraisal;

import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.engine.ProcessVariables;
import com.wuxiao.processes.engine.ReadSide;
import com.wuxiao.processes.proposal.DisplayNames;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.ProposalDetail;
import com.wuxiao.query.proposal.api.ProposalScope;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * On creation of a scoring, re-review or objection task, puts the proposal's sheet (what it says,
 * from the read model) on the task so its form shows more than an id.
 *
 * <p>Task-local: a round's many scoring tasks write no process-scope variables, and Tasklist
 * writing the read-only fields back on completion lands on the completed task only, never on a
 * neighbour's display. Display data never fails task creation: if the read model does not know the
 * proposal (yet) or cannot answer, the task shows a placeholder title. (A database error inside the
 * query is another matter: PostgreSQL aborts the shared transaction, and the job fails and is
 * retried like any other.)
 */
@Component(QuarterlyAppraisal.Bean.PROPOSAL_SHEET)
public class ProposalSheetListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ProposalSheetListener.class);

    private final QueryGateway queryGateway;
    private final DisplayNames displayNames;

    public ProposalSheetListener(QueryGateway queryGateway, DisplayNames displayNames) {
        this.queryGateway = queryGateway;
        this.displayNames = displayNames;
    }

    @Override
    public void notify(DelegateTask task) {
        String proposalId = ProcessVariables.optionalString(task, Var.PROPOSAL_ID);
        Optional<ProposalDetail> proposal = proposalId == null ? Optional.empty() : find(proposalId);
        if (proposal.isEmpty()) {
            log.info("No details of proposal {} for task {} ({}); showing a placeholder", proposalId,
                    task.getId(), task.getTaskDefinitionKey());
        }
        // Every key is set, nulls included, so that a completion's write-back of an empty field
        // stays on the task instead of creating a variable higher up.
        Map<String, Object> sheet = proposal.map(ProposalSheet::variables).orElseGet(ProposalSheet::unavailable);
        ProposalSheet.NAME_KEYS.forEach(key -> sheet.put(key, null));
        proposal.ifPresent(detail -> sheet.putAll(ProposalSheet.names(displayNames, detail.competitionYear(),
                detail.categoryCode(), detail.unitId(), detail.authors(), detail.mentorId())));
        task.setVariablesLocal(sheet);
    }

    private Optional<ProposalDetail> find(String proposalId) {
        try {
            Optional<ProposalDetail> found = ReadSide.await(queryGateway.query(
                    new FindProposalQuery(proposalId, ProposalScope.everything(), false),  // the sheet shows no duplicates
                    ResponseTypes.optionalInstanceOf(ProposalDetail.class)));
            return found == null ? Optional.empty() : found;
        } catch (RuntimeException e) {
            log.warn("Could not read proposal {} for its task form; showing a placeholder", proposalId, e);
            return Optional.empty();
        }
    }
}
