package com.wuxiao.processes.fund;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.fund.api.ApproveFundClaimCommand;
import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.command.fund.api.FundClaimSubmittedEvent;
import com.wuxiao.command.fund.api.FundCostKind;
import com.wuxiao.command.fund.api.RecordFundClaimOverdueCommand;
import com.wuxiao.command.fund.api.RefuseFundClaimCommand;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.processes.fund.FundClaimProcess.Activity;
import com.wuxiao.processes.fund.FundClaimProcess.Var;
import com.wuxiao.processes.testing.RecordingCommandGateway;
import com.wuxiao.processes.testing.TestClock;
import com.wuxiao.processes.testing.TestEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The fund-claim BPMN on a real engine and PostgreSQL, started by the real bridge and driven through
 * the real listener and delegate; only the command bus is a (recording) double.
 */
@Deployment(resources = {"bpmn/fund-claim.bpmn", "forms/decide-fund-claim.form"})
class FundClaimProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.engine())
            .build();

    private static final String FUND = "FUND-2025";
    private static final String CLAIM = "CLAIM-1";
    private static final String LEADER = "L1";
    private static final Instant SUBMITTED_AT = Instant.parse("2025-04-01T02:00:00Z");
    private static final Instant DECIDED_AT = Instant.parse("2025-04-03T02:00:00Z");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final TestClock clock = new TestClock(SUBMITTED_AT);
    private FundClaimBridge bridge;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        clock.set(SUBMITTED_AT);
        Mocks.register(FundClaimProcess.Bean.DECIDE, new DecideFundClaimListener(commands, clock));
        Mocks.register(FundClaimProcess.Bean.RECORD_OVERDUE, new RecordFundClaimOverdueDelegate(commands, clock));
        bridge = new FundClaimBridge(runtimeService(), historyService(), FundClaimProcess.DEFAULT_REMINDER);
    }

    @AfterEach
    void tearDown() {
        identityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theUnionOfficeApprovesTheAmountClaimed() {
        ProcessInstance claim = submit();
        assertThat(claim).hasBusinessKey(CLAIM).isWaitingAt(Activity.DECIDE);
        assertThat(task(claim)).hasCandidateGroup(FundClaimProcess.UNION_OFFICE)
                .hasDueDate(Date.from(SUBMITTED_AT.plusSeconds(7 * 86_400)));

        clock.set(DECIDED_AT);
        completeAs(claim, LEADER, Var.DECISION, "APPROVE", Var.DECISION_NOTE, "票据齐全");

        assertThat(claim).hasPassed(Activity.APPROVED).isEnded();
        assertThat(commands.sent()).containsExactly(new ApproveFundClaimCommand(FUND, CLAIM, null, "票据齐全", LEADER,
                claim.getId() + ":" + Activity.DECIDE, DECIDED_AT));
    }

    @Test
    void aPartMayBeApprovedInYuan() {
        ProcessInstance claim = submit();
        clock.set(DECIDED_AT);
        completeAs(claim, LEADER, Var.DECISION, "APPROVE", Var.APPROVED_AMOUNT, "3500.5");

        assertThat(commands.sent(ApproveFundClaimCommand.class)).singleElement()
                .satisfies(c -> assertThat(c.approvedFen()).isEqualTo(350_050L));
    }

    @Test
    void aRefusalEndsTheClaimWithItsReason() {
        ProcessInstance claim = submit();
        clock.set(DECIDED_AT);
        completeAs(claim, LEADER, Var.DECISION, "REFUSE", Var.REFUSAL_REASON, "票据与明细不符");

        assertThat(claim).hasPassed(Activity.REFUSED).hasNotPassed(Activity.APPROVED).isEnded();
        assertThat(commands.sent()).containsExactly(new RefuseFundClaimCommand(FUND, CLAIM, "票据与明细不符", LEADER,
                claim.getId() + ":" + Activity.DECIDE, DECIDED_AT));
    }

    @Test
    void anApprovalTheFundRefusesRollsTheCompletionBack() {
        ProcessInstance claim = submit();
        commands.rejectWith(command -> command instanceof ApproveFundClaimCommand
                ? RuleViolation.conflict("claim-exceeds-remaining", "4700.00", "1000.00") : null);
        identityService().setAuthenticatedUserId(LEADER);

        assertThatThrownBy(() -> complete(task(claim), withVariables(Var.DECISION, "APPROVE")))
                .hasRootCauseInstanceOf(RuleViolation.class)
                .hasMessageContaining("more than the 1000.00 yuan the fund has left");

        assertThat(claim).isWaitingAt(Activity.DECIDE);
        assertThat(runtimeService().getVariable(claim.getId(), Var.APPROVED)).isNull();
    }

    @Test
    void withoutADecisionTheCompletionIsRefused() {
        ProcessInstance claim = submit();
        identityService().setAuthenticatedUserId(LEADER);

        assertThatThrownBy(() -> complete(task(claim), withVariables(Var.DECISION_NOTE, "?")))
                .hasRootCauseInstanceOf(RuleViolation.class);
        assertThat(claim).isWaitingAt(Activity.DECIDE);
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void theReminderRecordsTheClaimOverdueAfterSevenDaysAndLeavesTheTaskOpen() {
        ProcessInstance claim = submit();
        Job reminder = timer(claim);
        Instant due = SUBMITTED_AT.plusSeconds(7 * 86_400);
        assertThat(reminder).hasDueDate(Date.from(due));

        clock.set(due);
        execute(reminder);

        assertThat(claim).hasPassed(Activity.REMIND).isWaitingAt(Activity.DECIDE);
        assertThat(commands.sent()).containsExactly(new RecordFundClaimOverdueCommand(FUND, CLAIM,
                claim.getId() + ":" + Activity.REMIND, due));
        clock.set(due.plusSeconds(3600));
        completeAs(claim, LEADER, Var.DECISION, "APPROVE");
        assertThat(claim).hasPassed(Activity.APPROVED).isEnded();
    }

    /**
     * Every claim of a year books on the one fund: reminders due together may find it changed meanwhile
     * by another one (the append conflicts). Each try is a minute after the last, five in all, instead
     * of three at once and an incident.
     */
    @Test
    void aReminderThatMeetsAConcurrentChangeOfTheFundIsTriedAgainAMinuteLater() {
        ProcessInstance claim = submit();
        Instant due = SUBMITTED_AT.plusSeconds(7 * 86_400);
        clock.set(due);
        commands.rejectWith(command -> new ConcurrencyException("another claim's event came first"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            String jobId = timer(claim).getId();
            assertThatThrownBy(() -> managementService().executeJob(jobId)).isInstanceOf(ConcurrencyException.class);
            Job failed = timer(claim);
            assertThat(failed.getRetries()).as("tries left after try " + attempt).isEqualTo(5 - attempt);
            assertThat(failed.getDuedate()).isEqualTo(Date.from(clock.instant().plusSeconds(60)));
            clock.set(clock.instant().plusSeconds(60));
        }
        commands.rejectWith(command -> null);
        execute(timer(claim));

        assertThat(runtimeService().createIncidentQuery().processInstanceId(claim.getId()).count()).isZero();
        assertThat(claim).hasPassed(Activity.REMIND).isWaitingAt(Activity.DECIDE);
        assertThat(commands.sent(RecordFundClaimOverdueCommand.class)).singleElement()
                .satisfies(c -> assertThat(c.recordedAt()).isEqualTo(due.plusSeconds(4 * 60)));
    }

    @Test
    void aConfiguredReminderReachesTheTimer() {
        bridge = new FundClaimBridge(runtimeService(), historyService(), "PT36H");
        ProcessInstance claim = submit();
        assertThat(timer(claim)).hasDueDate(Date.from(SUBMITTED_AT.plusSeconds(36 * 3600)));
        assertThatThrownBy(() -> new FundClaimBridge(runtimeService(), historyService(), "P0D"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(FundClaimProcess.REMINDER_PROPERTY);
    }

    @Test
    void theBridgeStartsOneInstancePerClaimWithWhatTheFormShows() throws Exception {
        ProcessInstance claim = submit();
        bridge.on(submitted());
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CLAIM).count()).isEqualTo(1);
        assertThat(claim).variables()
                .containsEntry(Var.FUND_ID, FUND)
                .containsEntry(Var.PROPOSAL_ID, "P1")
                .containsEntry(Var.TITLE, "截齿快换")
                .containsEntry(Var.UNIT_ID, "ZC1")
                .containsEntry(Var.CLAIMANT_ID, "w1")
                .containsEntry(Var.TOTAL_YUAN, "4700.00")
                .containsEntry(Var.ITEMS_TEXT, "材料费 materials · 液压缸 · 3500.00 元\n"
                        + "设备租赁费 equipment rental · 折弯机 · 1200.00 元")
                .containsEntry(Var.RECEIPTS_TEXT, "[发票.pdf](/api/attachments/a-1)");
        assertThat(formService().getTaskFormData(task(claim).getId()).getCamundaFormRef().getKey())
                .isEqualTo(FundClaimProcess.FORM);
        assertThat(formKeys(task(claim))).contains(Var.CLAIMANT_NAME, Var.UNIT_NAME, Var.TOTAL_YUAN,
                Var.ITEMS_TEXT, Var.DECISION, Var.APPROVED_AMOUNT, Var.DECISION_NOTE, Var.REFUSAL_REASON);

        runtimeService().deleteProcessInstance(claim.getId(), "test");
        bridge.on(submitted());
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CLAIM).count())
                .as("an ended claim is not started again").isZero();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ProcessInstance submit() {
        bridge.on(submitted());
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CLAIM).singleResult();
    }

    private static FundClaimSubmittedEvent submitted() {
        return new FundClaimSubmittedEvent(FUND, CLAIM, 2025, "P1", "截齿快换", "ZC1", "JDYS", "w1",
                List.of(new ClaimItem(FundCostKind.MATERIALS, "液压缸", 350_000L),
                        new ClaimItem(FundCostKind.EQUIPMENT_RENTAL, "折弯机", 120_000L)),
                470_000L, List.of(new AttachmentRef("a-1", "发票.pdf", "application/pdf", 10L, "0".repeat(64))),
                SUBMITTED_AT);
    }

    private static void completeAs(ProcessInstance claim, String userId, Object... variables) {
        identityService().setAuthenticatedUserId(userId);
        try {
            Object[] rest = new Object[variables.length - 2];
            System.arraycopy(variables, 2, rest, 0, rest.length);
            complete(task(claim), withVariables(variables[0].toString(), variables[1], rest));
        } finally {
            identityService().clearAuthentication();
        }
    }

    private static Job timer(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(Activity.OVERDUE)
                .singleResult();
    }

    private static Set<String> formKeys(Task task) throws Exception {
        JsonNode form;
        try (InputStream in = formService().getDeployedTaskForm(task.getId())) {
            form = new ObjectMapper().readTree(in);
        }
        return form.get("components").findValuesAsText("key").stream().collect(Collectors.toSet());
    }
}
