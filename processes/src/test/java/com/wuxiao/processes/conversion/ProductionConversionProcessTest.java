package com.wuxiao.processes.conversion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.conversion.api.BenefitReports;
import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.DecideAdoptionCommand;
import com.wuxiao.command.conversion.api.EndTrialCommand;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.conversion.api.RecordConversionOverdueCommand;
import com.wuxiao.command.conversion.api.ReportBenefitCommand;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.command.conversion.api.StartTrialCommand;
import com.wuxiao.processes.conversion.ProductionConversion.Activity;
import com.wuxiao.processes.conversion.ProductionConversion.Var;
import com.wuxiao.processes.testing.RecordingCommandGateway;
import com.wuxiao.processes.testing.TestClock;
import com.wuxiao.processes.testing.TestEngine;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The production-conversion BPMN on a real engine and PostgreSQL, started by the real bridge and
 * driven through the real listeners and delegate; only the command bus is a (recording) double.
 * Beijing is UTC+8: a planned day has passed at 16:00Z of that day.
 */
@Deployment(resources = {"bpmn/production-conversion.bpmn", "forms/start-trial.form", "forms/end-trial.form",
        "forms/decide-adoption.form", "forms/report-benefit.form"})
class ProductionConversionProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.engine())
            .build();

    private static final String ID = "CONV-P1-JJ2";
    private static final String OWNER = "O1";
    private static final String LEADER = "L1";
    private static final Instant HANDED_OVER_AT = Instant.parse("2025-08-01T02:00:00Z");
    private static final PlannedMilestones PLANNED = new PlannedMilestones(LocalDate.parse("2025-08-10"),
            LocalDate.parse("2025-09-30"), LocalDate.parse("2025-10-15"));
    /** 2025-10-10 09:00 in Beijing: reports due from 2026-01-10 and 2026-10-10 00:00 there. */
    private static final Instant ADOPTED_AT = Instant.parse("2025-10-10T01:00:00Z");
    private static final Instant FIRST_DUE = Instant.parse("2026-01-09T16:00:00Z");
    private static final Instant FINAL_DUE = Instant.parse("2026-10-09T16:00:00Z");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final TestClock clock = new TestClock(HANDED_OVER_AT);
    private ProductionConversionBridge bridge;
    /** The instance whose single open task {@code task(current)} finds. */
    private ProcessInstance current;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        clock.set(HANDED_OVER_AT);
        Mocks.register(ProductionConversion.Bean.START_TRIAL, new StartTrialListener(commands, clock));
        Mocks.register(ProductionConversion.Bean.END_TRIAL, new EndTrialListener(commands, clock));
        Mocks.register(ProductionConversion.Bean.DECIDE_ADOPTION, new DecideAdoptionListener(commands, clock));
        Mocks.register(ProductionConversion.Bean.REPORT_BENEFIT, new ReportBenefitListener(commands, clock));
        Mocks.register(ProductionConversion.Bean.RECORD_OVERDUE, new RecordConversionOverdueDelegate(commands, clock));
        bridge = new ProductionConversionBridge(runtimeService(), historyService(),
                ProductionConversion.DEFAULT_BENEFIT_REPORT_GRACE);
    }

    @AfterEach
    void tearDown() {
        identityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void happyPathFromHandoverThroughBothBenefitReports() {
        ProcessInstance conversion = handOver();
        assertThat(conversion).hasBusinessKey(ID).isWaitingAt(Activity.START_TRIAL);
        assertThat(task(current)).isAssignedTo(OWNER)
                .hasDueDate(Date.from(Instant.parse("2025-08-10T16:00:00Z")));

        clock.set(Instant.parse("2025-08-12T03:00:00Z"));
        completeAs(OWNER, Var.TRIAL_STARTED_ON, "2025-08-12");
        assertThat(conversion).isWaitingAt(Activity.END_TRIAL);
        assertThat(task(current)).isAssignedTo(OWNER);

        clock.set(Instant.parse("2025-09-28T08:00:00Z"));
        completeAs(OWNER, Var.TRIAL_ENDED_ON, "2025-09-28", Var.TRIAL_SUMMARY, "运行稳定 runs stable");
        assertThat(conversion).isWaitingAt(Activity.DECIDE_ADOPTION);

        clock.set(ADOPTED_AT);
        completeAs(OWNER, Var.DECISION, "ADOPT");
        assertThat(conversion).hasPassed(Activity.ADOPTED)
                .isWaitingAt(Activity.FIRST_REPORT_DUE, Activity.FINAL_REPORT_DUE);
        Job first = timer(conversion, Activity.FIRST_REPORT_DUE);
        Job last = timer(conversion, Activity.FINAL_REPORT_DUE);
        assertThat(first).hasDueDate(Date.from(FIRST_DUE));
        assertThat(last).hasDueDate(Date.from(FINAL_DUE));

        clock.set(FIRST_DUE);
        execute(first);
        assertThat(conversion).isWaitingAt(Activity.REPORT_BENEFIT_3, Activity.FINAL_REPORT_DUE);
        assertThat(task(current)).isAssignedTo(OWNER);
        assertThat(taskService().getVariable(task(current).getId(), Var.MONTHS_AFTER_ADOPTION)).isEqualTo("3");
        completeAs(OWNER, Var.CNY_SAVED_PER_YEAR, "120000.50", Var.SAFETY_INCIDENTS_AVOIDED, 2L,
                Var.HOURS_SAVED, "350.5");
        assertThat(conversion).hasPassed(Activity.FIRST_REPORT_DONE).isWaitingAt(Activity.FINAL_REPORT_DUE);

        clock.set(FINAL_DUE);
        execute(timer(conversion, Activity.FINAL_REPORT_DUE));
        assertThat(conversion).isWaitingAt(Activity.REPORT_BENEFIT_12);
        Task finalReport = task(current);
        assertThat(taskService().getVariable(finalReport.getId(), Var.CNY_SAVED_PER_YEAR))
                .as("the 12-month form starts empty").isNull();
        completeAs(OWNER, Var.CNY_SAVED_PER_YEAR, "98000", Var.SAFETY_INCIDENTS_AVOIDED, 1L, Var.HOURS_SAVED, 420.5d);

        assertThat(conversion).hasPassed(Activity.CONVERSION_COMPLETE).isEnded();
        String pi = conversion.getId();
        assertThat(commands.sent()).containsExactly(
                new StartTrialCommand(ID, LocalDate.parse("2025-08-12"), OWNER, pi + ":startTrial",
                        Instant.parse("2025-08-12T03:00:00Z")),
                new EndTrialCommand(ID, LocalDate.parse("2025-09-28"), "运行稳定 runs stable", OWNER, pi + ":endTrial",
                        Instant.parse("2025-09-28T08:00:00Z")),
                new DecideAdoptionCommand(ID, true, null, OWNER, pi + ":decideAdoption", ADOPTED_AT),
                new ReportBenefitCommand(ID, 3, new BigDecimal("120000.50"), 2, new BigDecimal("350.5"), OWNER,
                        pi + ":reportBenefit3", FIRST_DUE),
                new ReportBenefitCommand(ID, 12, new BigDecimal("98000"), 1, new BigDecimal("420.5"), OWNER,
                        pi + ":reportBenefit12", FINAL_DUE));
    }

    @Test
    void theFinalReportEndsTheConversionEvenWithTheThreeMonthReportStillOpen() {
        ProcessInstance conversion = adoptedConversion();
        execute(timer(conversion, Activity.FIRST_REPORT_DUE));
        clock.set(FINAL_DUE);
        execute(timer(conversion, Activity.FINAL_REPORT_DUE));

        Task finalReport = taskService().createTaskQuery().processInstanceId(conversion.getId())
                .taskDefinitionKey(Activity.REPORT_BENEFIT_12).singleResult();
        identityService().setAuthenticatedUserId(OWNER);
        complete(finalReport, withVariables(Var.CNY_SAVED_PER_YEAR, "1", Var.SAFETY_INCIDENTS_AVOIDED, 0L,
                Var.HOURS_SAVED, "0"));

        assertThat(conversion).hasPassed(Activity.CONVERSION_COMPLETE).hasNotPassed(Activity.FIRST_REPORT_DONE)
                .isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(conversion.getId()).count()).isZero();
    }

    @Test
    void declinedEndsTheConversion() {
        ProcessInstance conversion = trialEndedConversion();

        completeAs(OWNER, Var.DECISION, "DECLINE", Var.DECLINE_REASON, "工况不符 conditions differ");

        assertThat(conversion).hasPassed(Activity.DECLINED).hasNotPassed(Activity.ADOPTED).isEnded();
        assertThat(commands.sent(DecideAdoptionCommand.class)).containsExactly(new DecideAdoptionCommand(ID, false,
                "工况不符 conditions differ", OWNER, conversion.getId() + ":decideAdoption", ADOPTED_AT));
    }

    @Test
    void theTrialStartReminderRecordsItOverdueAndLeavesTheTaskOpen() {
        ProcessInstance conversion = handOver();
        Job reminder = timer(conversion, Activity.TRIAL_START_OVERDUE);
        assertThat(reminder).hasDueDate(Date.from(Instant.parse("2025-08-10T16:00:00Z")));

        clock.set(Instant.parse("2025-08-10T16:00:00Z"));
        execute(reminder);

        assertThat(conversion).hasPassed(Activity.REMIND_TRIAL_START).isWaitingAt(Activity.START_TRIAL);
        assertThat(commands.sent()).containsExactly(new RecordConversionOverdueCommand(ID,
                ConversionMilestone.TRIAL_START, conversion.getId() + ":remindTrialStart",
                Instant.parse("2025-08-10T16:00:00Z")));
        assertThat(task(current)).isAssignedTo(OWNER);
    }

    @Test
    void theTrialEndAndDecisionRemindersRecordThemOverdueAndLeaveTheTasksOpen() {
        ProcessInstance conversion = handOver();
        clock.set(Instant.parse("2025-08-12T03:00:00Z"));
        completeAs(OWNER, Var.TRIAL_STARTED_ON, "2025-08-12");
        Job trialEnd = timer(conversion, Activity.TRIAL_END_OVERDUE);
        assertThat(trialEnd).hasDueDate(Date.from(Instant.parse("2025-09-30T16:00:00Z")));
        clock.set(Instant.parse("2025-09-30T16:00:00Z"));
        execute(trialEnd);
        assertThat(conversion).hasPassed(Activity.REMIND_TRIAL_END).isWaitingAt(Activity.END_TRIAL);

        completeAs(OWNER, Var.TRIAL_ENDED_ON, "2025-09-30", Var.TRIAL_SUMMARY, "完成 done");
        Job decision = timer(conversion, Activity.ADOPTION_DECISION_OVERDUE);
        assertThat(decision).hasDueDate(Date.from(Instant.parse("2025-10-15T16:00:00Z")));
        clock.set(Instant.parse("2025-10-15T16:00:00Z"));
        execute(decision);
        assertThat(conversion).hasPassed(Activity.REMIND_ADOPTION_DECISION).isWaitingAt(Activity.DECIDE_ADOPTION);

        String pi = conversion.getId();
        assertThat(commands.sent(RecordConversionOverdueCommand.class)).containsExactly(
                new RecordConversionOverdueCommand(ID, ConversionMilestone.TRIAL_END, pi + ":remindTrialEnd",
                        Instant.parse("2025-09-30T16:00:00Z")),
                new RecordConversionOverdueCommand(ID, ConversionMilestone.ADOPTION_DECISION,
                        pi + ":remindAdoptionDecision", Instant.parse("2025-10-15T16:00:00Z")));
    }

    @Test
    void benefitReportRemindersFireFourteenDaysAfterTheReportFellDue() {
        ProcessInstance conversion = adoptedConversion();
        clock.set(FIRST_DUE);
        execute(timer(conversion, Activity.FIRST_REPORT_DUE));
        Job first = timer(conversion, Activity.REPORT_BENEFIT_3_OVERDUE);
        assertThat(first).hasDueDate(Date.from(FIRST_DUE.plusSeconds(14 * 86_400)));
        clock.set(FIRST_DUE.plusSeconds(14 * 86_400));
        execute(first);
        assertThat(conversion).hasPassed(Activity.REMIND_BENEFIT_REPORT_3)
                .isWaitingAt(Activity.REPORT_BENEFIT_3, Activity.FINAL_REPORT_DUE);

        clock.set(FINAL_DUE);
        execute(timer(conversion, Activity.FINAL_REPORT_DUE));
        Job last = timer(conversion, Activity.REPORT_BENEFIT_12_OVERDUE);
        assertThat(last).hasDueDate(Date.from(FINAL_DUE.plusSeconds(14 * 86_400)));
        clock.set(FINAL_DUE.plusSeconds(14 * 86_400));
        execute(last);
        assertThat(conversion).hasPassed(Activity.REMIND_BENEFIT_REPORT_12)
                .isWaitingAt(Activity.REPORT_BENEFIT_3, Activity.REPORT_BENEFIT_12);

        String pi = conversion.getId();
        assertThat(commands.sent(RecordConversionOverdueCommand.class)).containsExactly(
                new RecordConversionOverdueCommand(ID, ConversionMilestone.BENEFIT_REPORT_3_MONTHS,
                        pi + ":remindBenefitReport3", FIRST_DUE.plusSeconds(14 * 86_400)),
                new RecordConversionOverdueCommand(ID, ConversionMilestone.BENEFIT_REPORT_12_MONTHS,
                        pi + ":remindBenefitReport12", FINAL_DUE.plusSeconds(14 * 86_400)));
    }

    @Test
    void aRefusedStepRollsTheCompletionBack() {
        ProcessInstance conversion = handOver();
        commands.rejectWith(command -> command instanceof StartTrialCommand
                ? RuleViolation.invalid("date-in-future", "startedOn", RuleViolation.term("field.trial-start"))
                : null);
        identityService().setAuthenticatedUserId(OWNER);

        // Camunda wraps listener exceptions; infra's problem mapping finds the RuleViolation among the causes.
        assertThatThrownBy(() -> complete(task(current), withVariables(Var.TRIAL_STARTED_ON, "2025-08-20")))
                .hasRootCauseInstanceOf(RuleViolation.class)
                .hasMessageContaining("the trial start is in the future");

        assertThat(conversion).isWaitingAt(Activity.START_TRIAL);
        assertThat(runtimeService().getVariable(conversion.getId(), Var.TRIAL_STARTED_ON)).isNull();
    }

    @Test
    void aCompletionWithoutALoggedInUserIsRefused() {
        ProcessInstance conversion = handOver();

        assertThatThrownBy(() -> complete(task(current), withVariables(Var.TRIAL_STARTED_ON, "2025-08-01")))
                .hasRootCauseInstanceOf(RuleViolation.class)
                .hasMessageContaining("Cannot tell who acted");

        assertThat(conversion).isWaitingAt(Activity.START_TRIAL);
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void theBridgeStartsOneInstancePerConversionAndARedeliveryStartsNothing() {
        ProcessInstance conversion = handOver();
        bridge.on(handedOverEvent());
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(ID).count()).isEqualTo(1);

        bridge.on(new ResultHandedOverEvent("CONV-P1-ZC3", "P1", "采煤机截齿快换", "ZC1", "ZC3", "O2", PLANNED,
                Instant.parse("2025-07-06T02:00:00Z"), "L1", HANDED_OVER_AT));
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("CONV-P1-ZC3").count())
                .as("a replication to a further unit is tracked by its own instance").isEqualTo(1);

        runtimeService().deleteProcessInstance(conversion.getId(), "test");
        bridge.on(handedOverEvent());
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(ID).count())
                .as("an ended conversion is not started again").isZero();
    }

    @Test
    void theBridgeGivesTheFormsWhatTheyShow() throws Exception {
        ProcessInstance conversion = handOver();

        assertThat(conversion).variables()
                .containsEntry(Var.CONVERSION_ID, ID)
                .containsEntry(Var.PROPOSAL_ID, "P1")
                .containsEntry(Var.TITLE, "采煤机截齿快换")
                .containsEntry(Var.RECEIVING_UNIT_ID, "JJ2")
                .containsEntry(Var.OWNER_ID, OWNER)
                .containsEntry(Var.PLANNED_TRIAL_START, "2025-08-10")
                .containsEntry(Var.PLANNED_TRIAL_END, "2025-09-30")
                .containsEntry(Var.PLANNED_ADOPTION_DECISION, "2025-10-15")
                .containsEntry(Var.BENEFIT_REPORT_GRACE, "P14D");
        assertThat(formService().getTaskFormData(task(current).getId()).getCamundaFormRef().getKey())
                .isEqualTo(ProductionConversion.Form.START_TRIAL);
        assertThat(formKeys(task(current))).contains(Var.TITLE, Var.TRIAL_STARTED_ON, Var.PLANNED_TRIAL_START);
    }

    @Test
    void eachTaskHasItsFormWithItsFields() throws Exception {
        ProcessInstance conversion = trialEndedConversion();
        assertThat(formKeys(task(current))).contains(Var.TITLE, Var.DECISION, Var.DECLINE_REASON);
        completeAs(OWNER, Var.DECISION, "ADOPT");
        clock.set(FIRST_DUE);
        execute(timer(conversion, Activity.FIRST_REPORT_DUE));
        assertThat(formService().getTaskFormData(task(current).getId()).getCamundaFormRef().getKey())
                .isEqualTo(ProductionConversion.Form.REPORT_BENEFIT);
        assertThat(formKeys(task(current))).contains(Var.TITLE, Var.CNY_SAVED_PER_YEAR, Var.SAFETY_INCIDENTS_AVOIDED,
                Var.HOURS_SAVED);
    }

    /**
     * The timers wait for the very day the aggregate accepts each report from (BenefitReports), and
     * each task reports the months the aggregate knows. Adopted 2026-01-31 04:00 in Beijing
     * (2026-01-30T20:00Z): 3 months later is 2026-04-30 (no 31st), 00:00 there is 2026-04-29T16:00Z;
     * 12 months later is 2027-01-31, from 2027-01-30T16:00Z.
     */
    @Test
    void theReportTimersFallOnTheDaysTheAggregateAcceptsTheReportsFrom() {
        ProcessInstance conversion = trialEndedConversion();
        Instant adoptedAt = Instant.parse("2026-01-30T20:00:00Z");
        clock.set(adoptedAt);
        completeAs(OWNER, Var.DECISION, "ADOPT");

        Job first = timer(conversion, Activity.FIRST_REPORT_DUE);
        Job last = timer(conversion, Activity.FINAL_REPORT_DUE);
        assertThat(first).hasDueDate(Date.from(Instant.parse("2026-04-29T16:00:00Z")));
        assertThat(last).hasDueDate(Date.from(Instant.parse("2027-01-30T16:00:00Z")));
        assertThat(beijingDayOf(first)).isEqualTo(BenefitReports.dueOn(adoptedAt, BenefitReports.FIRST_MONTHS));
        assertThat(beijingDayOf(last)).isEqualTo(BenefitReports.dueOn(adoptedAt, BenefitReports.FINAL_MONTHS));
        assertThat(first.getDuedate().toInstant().atZone(ProductionConversion.ZONE).toLocalTime())
                .isEqualTo(LocalTime.MIDNIGHT);

        execute(first);
        execute(last);
        assertThat(taskVariable(conversion, Activity.REPORT_BENEFIT_3, Var.MONTHS_AFTER_ADOPTION))
                .isEqualTo(String.valueOf(BenefitReports.FIRST_MONTHS));
        assertThat(taskVariable(conversion, Activity.REPORT_BENEFIT_12, Var.MONTHS_AFTER_ADOPTION))
                .isEqualTo(String.valueOf(BenefitReports.FINAL_MONTHS));
    }

    /** The union office can do every step for an absent owner; the command names the leader. */
    @Test
    void theUnionOfficeCanActForTheOwnerInEveryTask() {
        ProcessInstance conversion = handOver();
        assertThat(task(current)).isAssignedTo(OWNER).hasCandidateGroupAssociated(ProductionConversion.UNION_OFFICE);
        clock.set(Instant.parse("2025-08-12T03:00:00Z"));
        completeAs(LEADER, Var.TRIAL_STARTED_ON, "2025-08-12");

        assertThat(task(current)).isAssignedTo(OWNER).hasCandidateGroupAssociated(ProductionConversion.UNION_OFFICE);
        clock.set(Instant.parse("2025-09-28T08:00:00Z"));
        completeAs(LEADER, Var.TRIAL_ENDED_ON, "2025-09-28", Var.TRIAL_SUMMARY, "代录 recorded for the owner");

        assertThat(task(current)).isAssignedTo(OWNER).hasCandidateGroupAssociated(ProductionConversion.UNION_OFFICE);
        clock.set(ADOPTED_AT);
        completeAs(LEADER, Var.DECISION, "ADOPT");

        clock.set(FIRST_DUE);
        execute(timer(conversion, Activity.FIRST_REPORT_DUE));
        assertThat(task(current)).isAssignedTo(OWNER).hasCandidateGroupAssociated(ProductionConversion.UNION_OFFICE);
        completeAs(LEADER, Var.CNY_SAVED_PER_YEAR, "1000", Var.SAFETY_INCIDENTS_AVOIDED, 0L, Var.HOURS_SAVED, "10");

        clock.set(FINAL_DUE);
        execute(timer(conversion, Activity.FINAL_REPORT_DUE));
        assertThat(task(current)).isAssignedTo(OWNER).hasCandidateGroupAssociated(ProductionConversion.UNION_OFFICE);
        completeAs(LEADER, Var.CNY_SAVED_PER_YEAR, "2000", Var.SAFETY_INCIDENTS_AVOIDED, 1L, Var.HOURS_SAVED, "20");

        assertThat(conversion).hasPassed(Activity.CONVERSION_COMPLETE).isEnded();
        String pi = conversion.getId();
        assertThat(commands.sent()).containsExactly(
                new StartTrialCommand(ID, LocalDate.parse("2025-08-12"), LEADER, pi + ":startTrial",
                        Instant.parse("2025-08-12T03:00:00Z")),
                new EndTrialCommand(ID, LocalDate.parse("2025-09-28"), "代录 recorded for the owner", LEADER,
                        pi + ":endTrial", Instant.parse("2025-09-28T08:00:00Z")),
                new DecideAdoptionCommand(ID, true, null, LEADER, pi + ":decideAdoption", ADOPTED_AT),
                new ReportBenefitCommand(ID, 3, new BigDecimal("1000"), 0, new BigDecimal("10"), LEADER,
                        pi + ":reportBenefit3", FIRST_DUE),
                new ReportBenefitCommand(ID, 12, new BigDecimal("2000"), 1, new BigDecimal("20"), LEADER,
                        pi + ":reportBenefit12", FINAL_DUE));
    }

    /** A configured grace reaches the reminder timers: 30 days instead of 14, 36 hours as written. */
    @Test
    void aConfiguredBenefitReportGraceReachesTheReminderTimers() {
        bridge = new ProductionConversionBridge(runtimeService(), historyService(), "P30D");
        ProcessInstance conversion = adoptedConversion();
        assertThat(conversion).variables().containsEntry(Var.BENEFIT_REPORT_GRACE, "P30D");
        clock.set(FIRST_DUE);
        execute(timer(conversion, Activity.FIRST_REPORT_DUE));
        assertThat(timer(conversion, Activity.REPORT_BENEFIT_3_OVERDUE))
                .hasDueDate(Date.from(FIRST_DUE.plusSeconds(30 * 86_400)));
        runtimeService().deleteProcessInstance(conversion.getId(), "test");

        bridge = new ProductionConversionBridge(runtimeService(), historyService(), "PT36H");
        bridge.on(new ResultHandedOverEvent("CONV-P1-ZC3", "P1", "采煤机截齿快换", "ZC1", "ZC3", "O2", PLANNED,
                Instant.parse("2025-07-06T02:00:00Z"), LEADER, HANDED_OVER_AT));
        ProcessInstance other = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("CONV-P1-ZC3")
                .singleResult();
        assertThat(other).variables().containsEntry(Var.BENEFIT_REPORT_GRACE, "PT36H");
    }

    @Test
    void aGraceThatIsNotAPositiveDurationStopsTheStartUp() {
        for (String bad : new String[] {"P0D", "-P1D", "14 days", ""}) {
            assertThatThrownBy(() -> new ProductionConversionBridge(runtimeService(), historyService(), bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(ProductionConversion.BENEFIT_REPORT_GRACE_PROPERTY);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ProcessInstance handOver() {
        bridge.on(handedOverEvent());
        current = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(ID).singleResult();
        return current;
    }

    private static ResultHandedOverEvent handedOverEvent() {
        return new ResultHandedOverEvent(ID, "P1", "采煤机截齿快换", "ZC1", "JJ2", OWNER, PLANNED,
                Instant.parse("2025-07-06T02:00:00Z"), "L1", HANDED_OVER_AT);
    }

    private ProcessInstance trialEndedConversion() {
        ProcessInstance conversion = handOver();
        clock.set(Instant.parse("2025-08-12T03:00:00Z"));
        completeAs(OWNER, Var.TRIAL_STARTED_ON, "2025-08-12");
        clock.set(Instant.parse("2025-09-28T08:00:00Z"));
        completeAs(OWNER, Var.TRIAL_ENDED_ON, "2025-09-28", Var.TRIAL_SUMMARY, "运行稳定 runs stable");
        clock.set(ADOPTED_AT);
        return conversion;
    }

    private ProcessInstance adoptedConversion() {
        ProcessInstance conversion = trialEndedConversion();
        completeAs(OWNER, Var.DECISION, "ADOPT");
        return conversion;
    }

    private void completeAs(String userId, Object... variables) {
        identityService().setAuthenticatedUserId(userId);
        try {
            complete(task(current), withVariables(variables[0].toString(), variables[1], rest(variables)));
        } finally {
            identityService().clearAuthentication();
        }
    }

    private static Object[] rest(Object[] variables) {
        Object[] rest = new Object[variables.length - 2];
        System.arraycopy(variables, 2, rest, 0, rest.length);
        return rest;
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }

    private static LocalDate beijingDayOf(Job timer) {
        return timer.getDuedate().toInstant().atZone(ProductionConversion.ZONE).toLocalDate();
    }

    private static Object taskVariable(ProcessInstance instance, String activityId, String name) {
        Task task = taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId)
                .singleResult();
        return taskService().getVariable(task.getId(), name);
    }

    private static Set<String> formKeys(Task task) throws Exception {
        JsonNode form;
        try (InputStream in = formService().getDeployedTaskForm(task.getId())) {
            form = new ObjectMapper().readTree(in);
        }
        return form.get("components").findValuesAsText("key").stream().collect(Collectors.toSet());
    }

}
