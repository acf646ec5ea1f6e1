package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import com.wuxiao.processes.engine.TimerDurations;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Var;
import com.wuxiao.processes.proposal.DisplayNames;
import com.wuxiao.processes.proposal.ProposalSheet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
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
 * transaction manager, wired in infra): the token update and Camunda's writes commit together, so
 * an event is handled once. A replay would start processes again, hence {@link DisallowReplay}; a
 * processor that lost its tokens starts with a replay token, which that skips too.
 *
 * <p>Everything it needs comes with the event or from the running review itself, never from
 * Camunda's history, which may be switched off or cleaned up: an ended review leaves nothing here to
 * read. The running-review checks make an event handed over again by hand a no-op. Nor does it ask
 * the read side, which would hold the processor's transaction up; the screening form reads the
 * duplicate candidates when a screener claims the task ({@link ScreeningDuplicatesListener}).
 */
@Component
@ProcessingGroup(MonthlyReview.PROCESSING_GROUP)
@DisallowReplay
public class MonthlyReviewBridge {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReviewBridge.class);
    /** The competition's calendar (command's CompetitionCalendar.ZONE, outside the api packages). */
    private static final java.time.ZoneId COMPETITION_ZONE = java.time.ZoneId.of("Asia/Shanghai");
    /** What a revision reads of its running review. */
    private static final List<String> REVIEW_FACTS = List.of(Var.REVISION, ProposalSheet.UNIT_ID,
            Var.COMPETITION_YEAR, Var.SUBMITTED_AT, Var.SCREENING_ESCALATION, Var.REVISION_WINDOW);

    private final RuntimeService runtimeService;
    private final UnitCoordinators unitCoordinators;
    private final DisplayNames displayNames;

    public MonthlyReviewBridge(RuntimeService runtimeService, UnitCoordinators unitCoordinators,
                               DisplayNames displayNames) {
        this.runtimeService = runtimeService;
        this.unitCoordinators = unitCoordinators;
        this.displayNames = displayNames;
    }

    @EventHandler
    public void on(ProposalSubmittedEvent event) {
        String proposalId = event.proposalId();
        if (!activeInstances(proposalId).isEmpty()) {
            log.debug("Monthly review of proposal {} already started; event ignored", proposalId);
            return;
        }
        Map<String, Object> variables = ProposalSheet.variables(event.content(), event.authors(), event.mentorId());
        variables.put(Var.PROPOSAL_ID, proposalId);
        variables.put(ProposalSheet.UNIT_ID, event.unitId());
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
        variables.put(Var.DUPLICATES_TEXT, ScreeningSheet.DUPLICATES_ON_CLAIM);
        runtimeService.startProcessInstanceByKey(MonthlyReview.PROCESS_KEY, proposalId, variables);
    }

    /**
     * The review waits for the revision at the revision window, or, if the window's timer fired just
     * as the author revised, at the message the proposal's answer to the expiry told it to expect.
     */
    @EventHandler
    public void on(ProposalRevisedEvent event) {
        String proposalId = event.proposalId();
        List<ProcessInstance> reviews = activeInstances(proposalId);
        for (ProcessInstance review : reviews) {
            Map<String, Object> known = runtimeService.getVariables(review.getId(), REVIEW_FACTS);
            if (known.get(Var.REVISION) instanceof Number reviewed && reviewed.intValue() >= event.revision()) {
                log.debug("Revision {} of proposal {} reached its review already; event ignored",
                        event.revision(), proposalId);
                return; // a repeated event must not answer the wait for the next revision
            }
            List<MessageCorrelationResult> results = runtimeService
                    .createMessageCorrelation(MonthlyReview.Message.PROPOSAL_REVISED)
                    .processInstanceId(review.getId())
                    .setVariables(revisionVariables(event, known))
                    .correlateAllWithResult();
            if (!results.isEmpty()) {
                return;
            }
        }
        log.warn("Proposal {} revised (revision {}) but no monthly review of it waits for a revision ({} running);"
                + " the revision is not screened", proposalId, event.revision(), reviews.size());
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

    /** What the revision's screening needs: its sheet and route from the event, the rest from its review. */
    private Map<String, Object> revisionVariables(ProposalRevisedEvent event, Map<String, Object> review) {
        Map<String, Object> variables = ProposalSheet.variables(event.content(), event.authors(), event.mentorId());
        variables.put(Var.REVISION, event.revision());
        String unitId = (String) review.get(ProposalSheet.UNIT_ID);
        // A revision may name other authors or another mentor: route its screening afresh.
        variables.putAll(candidates(unitId, event.authors(), event.mentorId()));
        // Events stored before revisions carried their deadlines: the review's own, set at declaration.
        Duration escalation;
        if (event.deadlines() != null) {
            escalation = event.deadlines().screeningEscalation();
            variables.put(Var.SCREENING_ESCALATION, TimerDurations.iso(escalation));
            variables.put(Var.REVISION_WINDOW, TimerDurations.iso(event.deadlines().revisionWindow()));
        } else {
            escalation = Duration.parse((String) review.get(Var.SCREENING_ESCALATION));
        }
        variables.put(Var.SCREENING_DUE_DATE, Date.from(event.revisedAt().plus(escalation)));
        int year = review.get(Var.COMPETITION_YEAR) instanceof Number known ? known.intValue()
                : declaredIn((Date) review.get(Var.SUBMITTED_AT));   // reviews started before the variable existed
        variables.putAll(ProposalSheet.names(displayNames, year, event.content().categoryCode(), unitId,
                event.authors(), event.mentorId()));
        // The revision's candidates are read when it is claimed; the last comment stays visible as lastComment.
        variables.put(Var.DUPLICATES_TEXT, ScreeningSheet.DUPLICATES_ON_CLAIM);
        variables.put(Var.OUTCOME, null);
        variables.put(Var.COMMENT, null);
        variables.put(Var.REJECTION_REASON, null);
        variables.put(Var.SCREENER_ID, null);
        variables.put(Var.EXPIRY_OUTCOME, null);
        return variables;
    }

    private static int declaredIn(Date submittedAt) {
        return Instant.ofEpochMilli(submittedAt.getTime()).atZone(COMPETITION_ZONE).getYear();
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
}
