package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import com.wuxiao.processes.engine.TimerDurations;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Var;
import com.wuxiao.processes.proposal.DisplayNames;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindDuplicateCandidatesQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
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
    /** The competition's calendar (command's CompetitionCalendar.ZONE, outside the api packages). */
    private static final java.time.ZoneId COMPETITION_ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final QueryGateway queryGateway;
    private final UnitCoordinators unitCoordinators;
    private final DisplayNames displayNames;

    public MonthlyReviewBridge(RuntimeService runtimeService, HistoryService historyService,
                               QueryGateway queryGateway, UnitCoordinators unitCoordinators, DisplayNames displayNames) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.queryGateway = queryGateway;
        this.unitCoordinators = unitCoordinators;
        this.displayNames = displayNames;
    }

    @EventHandler
    public void on(ProposalSubmittedEvent event) {
        String proposalId = event.proposalId();
        if (alreadyStarted(proposalId)) {
            log.debug("Monthly review of proposal {} already started; event ignored", proposalId);
            return;
        }
        Map<String, Object> variables = ProposalSheet.variables(event.content(), event.authors(), event.mentorId());
        variables.put(Var.PROPOSAL_ID, proposalId);
        variables.put(Var.UNIT_ID, event.unitId());
        variables.put(Var.COMPETITION_YEAR, event.competitionYear());
        variables.putAll(ProposalSheet.names(displayNames, event.competitionYear(), event.content().categoryCode(),
                event.unitId(), event.authors(), event.mentorId()));
        variables.putAll(candidates(event.unitId(), event.authors(), event.mentorId()));
        variables.put(Var.REVISION, 1);
        // The year's deadlines as they were at declaration hold for the whole review.
        ReviewDeadlines deadlines = event.deadlines();
        variables.put(Var.SCREENING_ESCALATION, TimerDurations.iso(deadlines.screeningEscalation()));
        variables.put(Var.REVISION_WINDOW, TimerDurations.iso(deadlines.revisionWindow()));
        variables.put(Var.SCREENING_DUE_DATE, Date.from(event.submittedAt().plus(deadlines.screeningEscalation())));
        variables.put(Var.SUBMITTED_AT, Date.from(event.submittedAt()));
        variables.put(Var.DUPLICATES_TEXT, duplicates(proposalId, event.content(), event.submittedAt()));
        runtimeService.startProcessInstanceByKey(MonthlyReview.PROCESS_KEY, proposalId, variables);
    }

    @EventHandler
    public void on(ProposalRevisedEvent event) {
        String proposalId = event.proposalId();
        Map<String, Object> review = latestReviewVariables(proposalId);
        if (review.isEmpty()) {
            log.warn("Proposal {} revised (revision {}) but it never had a monthly review", proposalId,
                    event.revision());
            return;
        }
        if (review.get(Var.REVISION) instanceof Number reviewed && reviewed.intValue() >= event.revision()) {
            log.debug("Revision {} of proposal {} reached its review already; event ignored",
                    event.revision(), proposalId);
            return; // a redelivered event must not answer the wait for the next revision
        }
        Map<String, Object> variables = ProposalSheet.variables(event.content(), event.authors(), event.mentorId());
        variables.put(Var.REVISION, event.revision());
        // A revision may name other authors or another mentor: route its screening afresh.
        variables.putAll(candidates((String) review.get(Var.UNIT_ID), event.authors(), event.mentorId()));
        Duration escalation = Duration.parse((String) review.get(Var.SCREENING_ESCALATION));
        variables.put(Var.SCREENING_DUE_DATE, Date.from(event.revisedAt().plus(escalation)));
        // Duplicates are earlier proposals than the first submission, not than this revision.
        Instant submittedAt = ((Date) review.get(Var.SUBMITTED_AT)).toInstant();
        int year = review.get(Var.COMPETITION_YEAR) instanceof Number known ? known.intValue()
                : submittedAt.atZone(COMPETITION_ZONE).getYear();   // reviews started before the variable existed
        variables.putAll(ProposalSheet.names(displayNames, year, event.content().categoryCode(),
                (String) review.get(Var.UNIT_ID), event.authors(), event.mentorId()));
        variables.put(Var.DUPLICATES_TEXT, duplicates(proposalId, event.content(), submittedAt));
        // The new revision gets a fresh decision; the last comment stays visible as lastComment.
        variables.put(Var.OUTCOME, null);
        variables.put(Var.COMMENT, null);
        variables.put(Var.REJECTION_REASON, null);
        variables.put(Var.SCREENER_ID, null);

        for (ProcessInstance waiting : activeInstances(proposalId)) {
            List<MessageCorrelationResult> results = runtimeService
                    .createMessageCorrelation(MonthlyReview.Message.PROPOSAL_REVISED)
                    .processInstanceId(waiting.getId())
                    .setVariables(variables)
                    .correlateAllWithResult();
            if (!results.isEmpty()) {
                return;
            }
        }
        // The revision window's timer ended the review just as the author revised; the aggregate
        // kept the revision (the expiry came too late), so this revision needs a review of its own.
        log.info("Proposal {} revised (revision {}) after its review had ended; starting a new review",
                proposalId, event.revision());
        for (String carried : List.of(Var.PROPOSAL_ID, Var.UNIT_ID, Var.SCREENING_ESCALATION,
                Var.REVISION_WINDOW, Var.SUBMITTED_AT, Var.LAST_COMMENT)) {
            variables.put(carried, review.get(carried));
        }
        runtimeService.startProcessInstanceByKey(MonthlyReview.PROCESS_KEY, proposalId, variables);
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

    /**
     * Variables (latest values) of the proposal's review of its highest revision, running or ended;
     * empty if it never had one. Start times can tie, revisions cannot.
     */
    private Map<String, Object> latestReviewVariables(String proposalId) {
        String[] reviews = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .processInstanceBusinessKey(proposalId)
                .list().stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        if (reviews.length == 0) {
            return Map.of();
        }
        String latest = historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(reviews).variableName(Var.REVISION).list().stream()
                .max(Comparator.comparingInt(variable -> ((Number) variable.getValue()).intValue()))
                .map(HistoricVariableInstance::getProcessInstanceId)
                .orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(latest).list()
                .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
        return variables;
    }

    private List<ProcessInstance> activeInstances(String proposalId) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .processInstanceBusinessKey(proposalId)
                .list();
    }

    /** The authors and mentor come with the event: the revision's own, not a read model's. */
    private Map<String, Object> candidates(String unitId, List<Author> authors, String mentorId) {
        return ScreeningCandidates.of(unitId, unitCoordinators.of(unitId), authors, mentorId).variables();
    }

    private String duplicates(String proposalId, ProposalContent content, Instant submittedBefore) {
        DuplicateCandidates found = queryGateway.query(
                new FindDuplicateCandidatesQuery(proposalId, content.title(), ScreeningSheet.searchText(content),
                        submittedBefore),
                DuplicateCandidates.class).join();
        return ScreeningSheet.duplicatesText(found);
    }
}
