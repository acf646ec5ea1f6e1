package com.wuxiao.processes.conversion;

import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.processes.conversion.ProductionConversion.Var;
import com.wuxiao.processes.engine.TimerDurations;
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
import java.util.HashMap;
import java.util.Map;

/**
 * Axon → Camunda for conversion to production: starts one process instance per conversion
 * (business key = conversion id) when a result is handed over.
 *
 * <p>Runs in its own streaming processor whose transaction Camunda joins (same DataSource and
 * transaction manager): the token update and the start commit together, and the business-key check
 * (running or ended) makes a redelivered event a no-op. Replays would start processes again, hence
 * {@link DisallowReplay}.
 *
 * <p>The benefit report reminder's grace is configuration ({@value ProductionConversion#BENEFIT_REPORT_GRACE_PROPERTY},
 * ISO-8601); each instance keeps the value it started with as a variable.
 */
@Component
@ProcessingGroup(ProductionConversion.PROCESSING_GROUP)
@DisallowReplay
public class ProductionConversionBridge {

    private static final Logger log = LoggerFactory.getLogger(ProductionConversionBridge.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Duration benefitReportGrace;

    public ProductionConversionBridge(RuntimeService runtimeService, HistoryService historyService,
                                      @Value("${" + ProductionConversion.BENEFIT_REPORT_GRACE_PROPERTY + ":"
                                              + ProductionConversion.DEFAULT_BENEFIT_REPORT_GRACE + "}")
                                      String benefitReportGrace) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.benefitReportGrace = TimerDurations.positive(ProductionConversion.BENEFIT_REPORT_GRACE_PROPERTY, benefitReportGrace);
    }

    @EventHandler
    public void on(ResultHandedOverEvent event) {
        String conversionId = event.conversionId();
        if (alreadyStarted(conversionId)) {
            log.debug("Production conversion {} already started; event ignored", conversionId);
            return;
        }
        PlannedMilestones planned = event.planned();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.CONVERSION_ID, conversionId);
        variables.put(Var.PROPOSAL_ID, event.proposalId());
        variables.put(Var.TITLE, event.title());
        variables.put(Var.RESULT_UNIT_ID, event.resultUnitId());
        variables.put(Var.RECEIVING_UNIT_ID, event.receivingUnitId());
        variables.put(Var.OWNER_ID, event.ownerId());
        variables.put(Var.PLANNED_TRIAL_START, planned.trialStart().toString());
        variables.put(Var.PLANNED_TRIAL_END, planned.trialEnd().toString());
        variables.put(Var.PLANNED_ADOPTION_DECISION, planned.adoptionDecision().toString());
        variables.put(Var.TRIAL_START_OVERDUE_AT, ProductionConversion.overdueAt(planned.trialStart()));
        variables.put(Var.TRIAL_END_OVERDUE_AT, ProductionConversion.overdueAt(planned.trialEnd()));
        variables.put(Var.ADOPTION_DECISION_OVERDUE_AT, ProductionConversion.overdueAt(planned.adoptionDecision()));
        variables.put(Var.BENEFIT_REPORT_GRACE, TimerDurations.iso(benefitReportGrace));
        runtimeService.startProcessInstanceByKey(ProductionConversion.PROCESS_KEY, conversionId, variables);
    }

    private boolean alreadyStarted(String conversionId) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProductionConversion.PROCESS_KEY)
                .processInstanceBusinessKey(conversionId)
                .count() > 0
                || historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProductionConversion.PROCESS_KEY)
                .processInstanceBusinessKey(conversionId)
                .count() > 0;
    }
}
