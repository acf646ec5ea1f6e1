package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Axon → Camunda for the quarterly appraisal: brings objections, which workers raise outside the
 * process, to the round's publicity period, where each gets a decision task.
 *
 * <p>Everything else the process learns from the results of its own commands. Runs in its
 * own tracking processor whose transaction Camunda joins (same DataSource and transaction manager,
 * wired in infra): the token update and Camunda's writes commit together; the objection id check
 * makes a redelivered event a no-op. Replays would raise objections again, hence {@link DisallowReplay}.
 */
@Component
@ProcessingGroup(QuarterlyAppraisal.PROCESSING_GROUP)
@DisallowReplay
public class QuarterlyAppraisalBridge {

    private static final Logger log = LoggerFactory.getLogger(QuarterlyAppraisalBridge.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    public QuarterlyAppraisalBridge(RuntimeService runtimeService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /**
     * The round accepts objections only during publicity, so its process is normally waiting in
     * that period. If it is not (this processor lagged behind while an upheld objection sent the
     * round back to ranking), the objection is still undecided in the round and belongs to the next
     * publicity period: failing here makes the processor retry the event until that period begins.
     */
    @EventHandler
    public void on(ObjectionRaisedEvent event) {
        List<ProcessInstance> rounds = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(QuarterlyAppraisal.PROCESS_KEY)
                .processInstanceBusinessKey(event.roundId())
                .list();
        if (rounds.isEmpty()) {
            log.warn("Objection {} to proposal {} in round {}: no quarterly appraisal process runs for the round; "
                    + "event ignored", event.objectionId(), event.proposalId(), event.roundId());
            return;
        }
        for (ProcessInstance round : rounds) {
            if (alreadyReceived(round, event.objectionId())) {
                log.debug("Objection {} reached round {} already; event ignored", event.objectionId(), event.roundId());
                return;
            }
        }
        for (ProcessInstance round : rounds) {
            if (inPublicity(round)) {
                runtimeService.createMessageCorrelation(QuarterlyAppraisal.Message.OBJECTION_RAISED)
                        .processInstanceId(round.getId())
                        // transient: the objection's scope copies them into variables of its own
                        .setVariable(Var.RAISED_OBJECTION_ID, Variables.stringValue(event.objectionId(), true))
                        .setVariable(Var.RAISED_PROPOSAL_ID, Variables.stringValue(event.proposalId(), true))
                        .setVariable(Var.RAISED_BY, Variables.stringValue(event.objectorId(), true))
                        .setVariable(Var.RAISED_REASON, Variables.stringValue(event.reason(), true))
                        .correlateWithResult();
                return;
            }
        }
        throw new IllegalStateException("Objection " + event.objectionId() + " to round " + event.roundId()
                + " waits for the round's next publicity period");
    }

    private boolean alreadyReceived(ProcessInstance round, String objectionId) {
        return historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(round.getId())
                .variableValueEquals(Var.OBJECTION_ID, objectionId)
                .count() > 0;
    }

    private boolean inPublicity(ProcessInstance round) {
        return runtimeService.createEventSubscriptionQuery()
                .processInstanceId(round.getId())
                .eventType("message")
                .eventName(QuarterlyAppraisal.Message.OBJECTION_RAISED)
                .count() > 0;
    }
}
