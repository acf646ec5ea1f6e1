package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Message;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;

/**
 * Axon → Camunda for the quarterly appraisal: brings objections, which workers raise outside the
 * process, to the round's publicity period, where each gets a decision task.
 *
 * <p>Everything else the process learns from the results of its own commands. Runs in its own
 * processor whose transaction Camunda joins (same DataSource and transaction manager, wired in
 * infra): the token update and Camunda's writes commit together. Each objection delivered leaves a process variable
 * ({@link Var#RECEIVED_OBJECTION_PREFIX}), a runtime fact at any history level, which makes the
 * same event delivered again a no-op. Replays would raise objections again, hence {@link DisallowReplay}.
 */
@Component
@ProcessingGroup(QuarterlyAppraisal.PROCESSING_GROUP)
@DisallowReplay
public class QuarterlyAppraisalBridge {

    private static final Logger log = LoggerFactory.getLogger(QuarterlyAppraisalBridge.class);

    private final RuntimeService runtimeService;

    public QuarterlyAppraisalBridge(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * The round accepts objections only during publicity, so its process is normally waiting in
     * that period. If it is not (this processor lagged behind while an upheld objection sent the
     * round back to ranking), the objection is still undecided in the round and belongs to the next
     * publicity period: the process holds it until then ({@link Message#OBJECTION_HELD}). Nothing
     * here waits or fails on purpose, so the processor never stalls on an objection.
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
        String received = Var.RECEIVED_OBJECTION_PREFIX + event.objectionId();
        if (rounds.stream().anyMatch(round -> runtimeService.getVariable(round.getId(), received) != null)) {
            log.debug("Objection {} reached round {} already; event ignored", event.objectionId(), event.roundId());
            return;
        }
        ProcessInstance round = rounds.stream().filter(this::inPublicity).findFirst().orElse(rounds.get(0));
        String message = inPublicity(round) ? Message.OBJECTION_RAISED : Message.OBJECTION_HELD;
        ObjectionMessage.of(event).send(runtimeService, round.getId(), message);
        runtimeService.setVariable(round.getId(), received, Variables.dateValue(Date.from(event.raisedAt())));
    }

    private boolean inPublicity(ProcessInstance round) {
        return runtimeService.createEventSubscriptionQuery()
                .processInstanceId(round.getId())
                .eventType("message")
                .eventName(Message.OBJECTION_RAISED)
                .count() > 0;
    }
}
