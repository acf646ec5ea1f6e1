package com.wuxiao.processes.patent;

import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.processes.engine.TimerDurations;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Axon → Camunda for patent promotion: starts one process instance per nominated case (business
 * key = patent case id). Every later step is a task of that process, so nothing else is bridged.
 *
 * <p>Runs in its own streaming processor whose transaction Camunda joins (same DataSource and
 * transaction manager, wired in infra): the token update and the start commit together, and the
 * business-key check (running or ended instances) makes a redelivered event a no-op. Replays would
 * start processes again, hence {@link DisallowReplay}.
 *
 * <p>The reminder durations are configuration ({@value PatentPromotion#PREPARATION_REMINDER_PROPERTY},
 * {@value PatentPromotion#FILING_REMINDER_PROPERTY}, ISO-8601); each instance keeps the values it
 * started with as variables.
 */
@Component
@ProcessingGroup(PatentPromotion.PROCESSING_GROUP)
@DisallowReplay
public class PatentPromotionBridge {

    private static final Logger log = LoggerFactory.getLogger(PatentPromotionBridge.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Duration preparationReminder;
    private final Duration filingReminder;

    public PatentPromotionBridge(RuntimeService runtimeService, HistoryService historyService,
                                 @Value("${" + PatentPromotion.PREPARATION_REMINDER_PROPERTY + ":"
                                         + PatentPromotion.DEFAULT_PREPARATION_REMINDER + "}") String preparationReminder,
                                 @Value("${" + PatentPromotion.FILING_REMINDER_PROPERTY + ":"
                                         + PatentPromotion.DEFAULT_FILING_REMINDER + "}") String filingReminder) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.preparationReminder = TimerDurations.positive(PatentPromotion.PREPARATION_REMINDER_PROPERTY, preparationReminder);
        this.filingReminder = TimerDurations.positive(PatentPromotion.FILING_REMINDER_PROPERTY, filingReminder);
    }

    @EventHandler
    public void on(PatentNominatedEvent event) {
        String patentId = event.patentId();
        if (alreadyStarted(patentId)) {
            log.debug("Patent promotion of {} already started; event ignored", patentId);
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.PATENT_ID, patentId);
        variables.put(Var.PROPOSAL_ID, event.proposalId());
        variables.put(Var.TITLE, event.title());
        variables.put(Var.UNIT_ID, event.unitId());
        variables.put(Var.TYPE_LABEL, event.type().name() + " " + event.type().zh());
        variables.put(Var.PREPARATION_REMINDER, TimerDurations.iso(preparationReminder));
        variables.put(Var.FILING_REMINDER, TimerDurations.iso(filingReminder));
        // due from the nomination, however late this processor sees it
        variables.put(Var.PREPARATION_DUE_AT, Date.from(event.nominatedAt().plus(preparationReminder)));
        variables.put(Var.OFFICE_ACTIONS, 0);
        runtimeService.startProcessInstanceByKey(PatentPromotion.PROCESS_KEY, patentId, variables);
    }

    private boolean alreadyStarted(String patentId) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PatentPromotion.PROCESS_KEY)
                .processInstanceBusinessKey(patentId)
                .count() > 0
                || historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PatentPromotion.PROCESS_KEY)
                .processInstanceBusinessKey(patentId)
                .count() > 0;
    }
}
