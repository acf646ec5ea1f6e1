package com.wuxiao.processes.fund;

import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.command.fund.api.FundClaimSubmittedEvent;
import com.wuxiao.processes.engine.TimerDurations;
import com.wuxiao.processes.fund.FundClaimProcess.Var;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Axon → Camunda for the innovation fund: starts one fund-claim process per claim (business key =
 * claim id) when it is submitted. Its transaction is the token's (see the other bridges); the
 * business-key check makes a redelivered event a no-op, and replays are disallowed.
 *
 * <p>The reminder's wait is configuration ({@value FundClaimProcess#REMINDER_PROPERTY}, ISO-8601),
 * counted from the claim's submission.
 */
@Component
@ProcessingGroup(FundClaimProcess.PROCESSING_GROUP)
@DisallowReplay
public class FundClaimBridge {

    private static final Logger log = LoggerFactory.getLogger(FundClaimBridge.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Duration reminder;

    public FundClaimBridge(RuntimeService runtimeService, HistoryService historyService,
                           @Value("${" + FundClaimProcess.REMINDER_PROPERTY + ":" + FundClaimProcess.DEFAULT_REMINDER + "}")
                           String reminder) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.reminder = TimerDurations.positive(FundClaimProcess.REMINDER_PROPERTY, reminder);
    }

    @EventHandler
    public void on(FundClaimSubmittedEvent event) {
        String claimId = event.claimId();
        if (alreadyStarted(claimId)) {
            log.debug("Fund claim {} already started; event ignored", claimId);
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.FUND_ID, event.fundId());
        variables.put(Var.CLAIM_ID, claimId);
        variables.put(Var.PROPOSAL_ID, event.proposalId());
        variables.put(Var.TITLE, event.title());
        variables.put(Var.UNIT_ID, event.unitId());
        variables.put(Var.CLAIMANT_ID, event.claimantId());
        variables.put(Var.TOTAL_YUAN, yuan(event.totalFen()));
        variables.put(Var.ITEMS_TEXT, event.items().stream().map(FundClaimBridge::line)
                .collect(Collectors.joining("\n")));
        variables.put(Var.RECEIPTS_TEXT, event.receipts().stream()
                .map(r -> "[" + r.name() + "](/api/attachments/" + r.id() + ")")
                .collect(Collectors.joining("\n\n")));
        variables.put(Var.REMINDER_AT, Date.from(event.submittedAt().plus(reminder)));
        runtimeService.startProcessInstanceByKey(FundClaimProcess.PROCESS_KEY, claimId, variables);
    }

    private static String line(ClaimItem item) {
        return item.kind().zh() + " " + item.kind().en() + " · " + item.description() + " · " + yuan(item.amountFen())
                + " 元";
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private boolean alreadyStarted(String claimId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(FundClaimProcess.PROCESS_KEY)
                .processInstanceBusinessKey(claimId).count() > 0
                || historyService.createHistoricProcessInstanceQuery().processDefinitionKey(FundClaimProcess.PROCESS_KEY)
                .processInstanceBusinessKey(claimId).count() > 0;
    }
}
