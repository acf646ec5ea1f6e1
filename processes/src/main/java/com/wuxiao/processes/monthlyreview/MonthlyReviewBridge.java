package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Var;
import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindDuplicateCandidatesQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Axon → Camunda for the monthly review: starts one process instance per proposal (business key =
 * proposal id) and passes revisions and withdrawals to it.
 *
 * <p>Runs in its own tracking processor whose transaction Camunda joins (same DataSource and
 * transaction manager, wired in infra): the token update and Camunda's writes commit together, and
 * the business-key check makes a redelivered event a no-op. Replays would start processes again,
 * hence {@link DisallowReplay}.
 */
@Component
@ProcessingGroup(MonthlyReview.PROCESSING_GROUP)
@DisallowReplay
public class MonthlyReviewBridge {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReviewBridge.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final QueryGateway queryGateway;
    public MonthlyReviewBridge(RuntimeService runtimeService, HistoryService historyService,
                               QueryGateway queryGateway) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.queryGateway = queryGateway;
    }

    @EventHandler
    public void on(ProposalSubmittedEvent event) {
        String proposalId = event.proposalId();
        if (alreadyStarted(proposalId)) {
            log.debug("Monthly review of proposal {} already started; event ignored", proposalId);
            return;
        }
        Map<String, Object> variables = ScreeningSheet.variables(event.content(), event.authors(), event.mentorId());
        variables.put(Var.PROPOSAL_ID, proposalId);
        variables.put(Var.UNIT_ID, event.unitId());
        variables.put(Var.SCREENING_GROUP, Role.coordinatorGroupOf(event.unitId()));
        variables.put(Var.REVISION, 1);
        // The year's deadlines as they were at declaration hold for the whole review.
        ReviewDeadlines deadlines = event.deadlines();
        variables.put(Var.SCREENING_ESCALATION, iso(deadlines.screeningEscalation()));
        variables.put(Var.REVISION_WINDOW, iso(deadlines.revisionWindow()));
        variables.put(Var.SCREENING_DUE_DATE, Date.from(event.submittedAt().plus(deadlines.screeningEscalation())));
        variables.put(Var.SUBMITTED_AT, Date.from(event.submittedAt()));
        variables.put(Var.DUPLICATES_TEXT, duplicates(proposalId, event.content(), event.submittedAt()));
        runtimeService.startProcessInstanceByKey(MonthlyReview.PROCESS_KEY, proposalId, variables);
    }

    @EventHandler
    public void on(ProposalRevisedEvent event) {
        ProcessInstance instance = activeInstances(event.proposalId()).stream().findFirst().orElse(null);
        if (instance == null) {
            log.warn("Proposal {} revised (revision {}) but no monthly review is running for it",
                    event.proposalId(), event.revision());
            return;
        }
        if (runtimeService.getVariable(instance.getId(), Var.REVISION) instanceof Integer current
                && current >= event.revision()) {
            log.debug("Revision {} of proposal {} reached its review already; event ignored",
                    event.revision(), event.proposalId());
            return; // a redelivered event must not answer the wait for the next revision
        }
        // Duplicates are earlier proposals than the first submission, not than this revision.
        Object submittedAt = runtimeService.getVariable(instance.getId(), Var.SUBMITTED_AT);
        Instant before = submittedAt instanceof Date date ? date.toInstant() : event.revisedAt();

        Map<String, Object> variables = ScreeningSheet.variables(event.content(), event.authors(), event.mentorId());
        variables.put(Var.REVISION, event.revision());
        Duration escalation = Duration.parse((String) runtimeService.getVariable(instance.getId(),
                Var.SCREENING_ESCALATION));
        variables.put(Var.SCREENING_DUE_DATE, Date.from(event.revisedAt().plus(escalation)));
        variables.put(Var.DUPLICATES_TEXT, duplicates(event.proposalId(), event.content(), before));
        // The new revision gets a fresh decision; the last comment stays visible as lastComment.
        variables.put(Var.OUTCOME, null);
        variables.put(Var.COMMENT, null);
        variables.put(Var.REJECTION_REASON, null);
        variables.put(Var.SCREENER_ID, null);

        List<MessageCorrelationResult> results = runtimeService
                .createMessageCorrelation(MonthlyReview.Message.PROPOSAL_REVISED)
                .processInstanceId(instance.getId())
                .setVariables(variables)
                .correlateAllWithResult();
        if (results.isEmpty()) {
            // Only when the revision window's timer won the race against this revision.
            log.warn("Proposal {} revised (revision {}) but its monthly review {} no longer waits for a revision",
                    event.proposalId(), event.revision(), instance.getId());
        }
    }

    @EventHandler
    public void on(ProposalWithdrawnEvent event) {
        if (event.reason() != WithdrawalReason.BY_AUTHOR) {
            return; // NOT_REVISED_IN_TIME comes from this very process, which ends by itself
        }
        for (ProcessInstance instance : activeInstances(event.proposalId())) {
            runtimeService.createMessageCorrelation(MonthlyReview.Message.PROPOSAL_WITHDRAWN)
                    .processInstanceId(instance.getId())
                    .correlateAllWithResult();
        }
    }

    private boolean alreadyStarted(String proposalId) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .processInstanceBusinessKey(proposalId)
                .count() > 0
                || historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .processInstanceBusinessKey(proposalId)
                .count() > 0;
    }

    private List<ProcessInstance> activeInstances(String proposalId) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .processInstanceBusinessKey(proposalId)
                .list();
    }

    /** The ISO-8601 text a Camunda timer reads, in days when whole days ("P7D"). */
    static String iso(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 && duration.toNanosPart() == 0
                ? "P" + duration.toDays() + "D"
                : duration.toString();
    }

    private String duplicates(String proposalId, ProposalContent content, Instant submittedBefore) {
        DuplicateCandidates found = queryGateway.query(
                new FindDuplicateCandidatesQuery(proposalId, content.title(), ScreeningSheet.searchText(content),
                        submittedBefore),
                DuplicateCandidates.class).join();
        return ScreeningSheet.duplicatesText(found);
    }
}
