package com.wuxiao.processes.patent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.patent.api.AbandonPatentCommand;
import com.wuxiao.command.patent.api.AnswerOfficeActionCommand;
import com.wuxiao.command.patent.api.FilePatentCommand;
import com.wuxiao.command.patent.api.GrantPatentCommand;
import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.patent.api.PrepareApplicationCommand;
import com.wuxiao.command.patent.api.RecordOfficeActionCommand;
import com.wuxiao.command.patent.api.RecordPatentOverdueCommand;
import com.wuxiao.command.patent.api.RejectPatentCommand;
import com.wuxiao.processes.patent.PatentPromotion.Activity;
import com.wuxiao.processes.patent.PatentPromotion.Var;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The patent-promotion BPMN on a real engine and PostgreSQL, started by the real bridge and driven
 * through its forms' variables; only the command bus is a recording double.
 */
@Deployment(resources = {"bpmn/patent-promotion.bpmn", "forms/prepare-patent-application.form",
        "forms/file-patent-application.form", "forms/record-office-decision.form", "forms/answer-office-action.form"})
class PatentPromotionProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.engine())
            .build();

    /** 2025-09-01 10:00 Beijing. */
    private static final Instant NOW = Instant.parse("2025-09-01T02:00:00Z");
    private static final String PATENT = "PAT-P-2025-0042";
    private static final String LEADER = "L001";

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final TestClock clock = new TestClock(NOW);
    private PatentPromotionBridge bridge;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        clock.set(NOW);
        Mocks.register(PatentPromotion.Bean.RECORD_PREPARATION, new RecordPreparationDelegate(commands, clock));
        Mocks.register(PatentPromotion.Bean.RECORD_FILING, new RecordFilingDelegate(commands, clock));
        Mocks.register(PatentPromotion.Bean.RECORD_OFFICE_ACTION, new RecordOfficeActionDelegate(commands, clock));
        Mocks.register(PatentPromotion.Bean.RECORD_ANSWER, new RecordAnswerDelegate(commands, clock));
        Mocks.register(PatentPromotion.Bean.GRANT_PATENT, new GrantPatentDelegate(commands, clock));
        Mocks.register(PatentPromotion.Bean.REJECT_PATENT, new RejectPatentDelegate(commands, clock));
        Mocks.register(PatentPromotion.Bean.ABANDON_PATENT, new AbandonPatentDelegate(commands, clock));
        Mocks.register(PatentPromotion.Bean.REMIND_OVERDUE, new PatentOverdueDelegate(commands, clock));
        bridge = bridge(PatentPromotion.DEFAULT_PREPARATION_REMINDER, PatentPromotion.DEFAULT_FILING_REMINDER);
    }

    @AfterEach
    void tearDown() {
        identityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aNominationStartsTheCaseAtPreparationWithTheResultOnTheForm() {
        ProcessInstance promotion = nominate();

        assertThat(promotion).isStarted().hasBusinessKey(PATENT).isWaitingAt(Activity.PREPARE_APPLICATION)
                .variables()
                .containsEntry(Var.PATENT_ID, PATENT)
                .containsEntry(Var.PROPOSAL_ID, "P-2025-0042")
                .containsEntry(Var.TITLE, "采煤机截齿快换装置")
                .containsEntry(Var.UNIT_ID, "U07")
                .containsEntry(Var.TYPE_LABEL, "UTILITY_MODEL 实用新型")
                .containsEntry(Var.PREPARATION_REMINDER, "P30D")
                .containsEntry(Var.FILING_REMINDER, "P30D");
        assertThat(task()).hasCandidateGroup(PatentPromotion.UNION_OFFICE)
                .hasDueDate(Date.from(NOW.plus(Duration.ofDays(30))));
        assertThat(formService().getTaskFormData(task().getId()).getCamundaFormRef().getKey())
                .isEqualTo(PatentPromotion.Form.PREPARE_APPLICATION);
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void happyPathWithOneOfficeActionEndsGranted() {
        ProcessInstance promotion = nominate();
        String id = promotion.getId();

        completeAs(LEADER, Var.PREPARE_DECISION, "PREPARE", Var.AGENCY, "金诚专利代理", Var.PREPARATION_NOTE, "附图已齐");
        assertThat(promotion).isWaitingAt(Activity.FILE_APPLICATION);
        assertThat(task()).hasCandidateGroup(PatentPromotion.UNION_OFFICE)
                .hasDueDate(Date.from(NOW.plus(Duration.ofDays(30))));
        assertThat(formKey()).isEqualTo(PatentPromotion.Form.FILE_APPLICATION);

        clock.set(Instant.parse("2025-10-10T02:00:00Z"));
        completeAs(LEADER, Var.FILE_DECISION, "FILE", Var.APPLICATION_NUMBER, "202520123456.7",
                Var.FILED_ON, "2025-10-09");
        assertThat(promotion).isWaitingAt(Activity.AWAIT_OFFICE_DECISION);
        assertThat(task()).hasCandidateGroup(PatentPromotion.UNION_OFFICE);
        assertThat(formKey()).isEqualTo(PatentPromotion.Form.OFFICE_DECISION);

        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        completeAs(LEADER, Var.OFFICE_DECISION, "OFFICE_ACTION", Var.ISSUED_ON, "2026-03-01",
                Var.RESPONSE_DUE, "2026-05-01", Var.SUMMARY, "权利要求1缺乏新颖性");
        assertThat(promotion).isWaitingAt(Activity.ANSWER_OFFICE_ACTION);
        // due at the end of 2026-05-01 in Beijing: 2026-05-02 00:00 +08:00 = 2026-05-01T16:00Z
        assertThat(task()).hasCandidateGroup(PatentPromotion.UNION_OFFICE)
                .hasDueDate(Date.from(Instant.parse("2026-05-01T16:00:00Z")));
        assertThat(formKey()).isEqualTo(PatentPromotion.Form.ANSWER_OFFICE_ACTION);
        assertThat(promotion).variables().containsEntry(Var.OFFICE_ACTIONS, 1).doesNotContainKey(Var.OFFICE_DECISION);

        clock.set(Instant.parse("2026-04-10T02:00:00Z"));
        completeAs(LEADER, Var.ANSWER_DECISION, "ANSWER", Var.ANSWERED_ON, "2026-04-09", Var.ANSWER_NOTE, "修改权利要求");
        assertThat(promotion).isWaitingAt(Activity.AWAIT_OFFICE_DECISION).variables()
                .doesNotContainKeys(Var.ISSUED_ON, Var.RESPONSE_DUE, Var.SUMMARY, Var.ANSWERED_ON, Var.ANSWER_DECISION);

        clock.set(Instant.parse("2026-08-03T02:00:00Z"));
        completeAs(LEADER, Var.OFFICE_DECISION, "GRANTED", Var.PATENT_NUMBER, "ZL202520123456.7",
                Var.GRANTED_ON, "2026-08-01");

        assertThat(promotion).hasPassedInOrder(Activity.PREPARE_APPLICATION, Activity.RECORD_PREPARATION,
                        Activity.FILE_APPLICATION, Activity.RECORD_FILING, Activity.AWAIT_OFFICE_DECISION,
                        Activity.RECORD_OFFICE_ACTION, Activity.ANSWER_OFFICE_ACTION, Activity.RECORD_ANSWER,
                        Activity.GRANT_PATENT, Activity.GRANTED)
                .isEnded();
        assertThat(commands.sent()).containsExactly(
                new PrepareApplicationCommand(PATENT, "金诚专利代理", "附图已齐", LEADER, id + ":recordPreparation:0", NOW),
                new FilePatentCommand(PATENT, "202520123456.7", LocalDate.of(2025, 10, 9), LEADER,
                        id + ":recordFiling:0", Instant.parse("2025-10-10T02:00:00Z")),
                new RecordOfficeActionCommand(PATENT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1),
                        "权利要求1缺乏新颖性", LEADER, id + ":recordOfficeAction:1", Instant.parse("2026-03-02T02:00:00Z")),
                new AnswerOfficeActionCommand(PATENT, LocalDate.of(2026, 4, 9), "修改权利要求", LEADER,
                        id + ":recordAnswer:1", Instant.parse("2026-04-10T02:00:00Z")),
                new GrantPatentCommand(PATENT, "ZL202520123456.7", LocalDate.of(2026, 8, 1), LEADER,
                        id + ":grantPatent:1", Instant.parse("2026-08-03T02:00:00Z")));
    }

    @Test
    void aSecondOfficeActionGetsItsOwnCommandIds() {
        ProcessInstance promotion = toFiled();
        String id = promotion.getId();
        for (int round = 1; round <= 2; round++) {
            completeAs(LEADER, Var.OFFICE_DECISION, "OFFICE_ACTION", Var.ISSUED_ON, "2025-09-01",
                    Var.RESPONSE_DUE, "2025-11-01", Var.SUMMARY, "第" + round + "次");
            completeAs(LEADER, Var.ANSWER_DECISION, "ANSWER", Var.ANSWERED_ON, "2025-09-01");
        }

        assertThat(commands.sent(RecordOfficeActionCommand.class)).extracting(RecordOfficeActionCommand::processCommandId)
                .containsExactly(id + ":recordOfficeAction:1", id + ":recordOfficeAction:2");
        assertThat(commands.sent(AnswerOfficeActionCommand.class)).extracting(AnswerOfficeActionCommand::processCommandId)
                .containsExactly(id + ":recordAnswer:1", id + ":recordAnswer:2");
        assertThat(promotion).isWaitingAt(Activity.AWAIT_OFFICE_DECISION).variables()
                .containsEntry(Var.OFFICE_ACTIONS, 2);
    }

    @Test
    void aStaleOfficeActionCountFromACompleterDoesNotReuseAnOldCommandId() {
        ProcessInstance promotion = toFiled();
        String id = promotion.getId();
        completeAs(LEADER, Var.OFFICE_DECISION, "OFFICE_ACTION", Var.ISSUED_ON, "2025-09-01",
                Var.RESPONSE_DUE, "2025-11-01", Var.SUMMARY, "第1次");
        // the answer's completer sends an old count along (a stale form, an API client)
        completeAs(LEADER, Var.ANSWER_DECISION, "ANSWER", Var.ANSWERED_ON, "2025-09-01", Var.OFFICE_ACTIONS, 0);
        completeAs(LEADER, Var.OFFICE_DECISION, "OFFICE_ACTION", Var.ISSUED_ON, "2025-09-01",
                Var.RESPONSE_DUE, "2025-11-01", Var.SUMMARY, "第2次", Var.OFFICE_ACTIONS, 0);
        completeAs(LEADER, Var.ANSWER_DECISION, "ANSWER", Var.ANSWERED_ON, "2025-09-01", Var.OFFICE_ACTIONS, 1);
        completeAs(LEADER, Var.OFFICE_DECISION, "GRANTED", Var.PATENT_NUMBER, "ZL202520123456.7",
                Var.GRANTED_ON, "2025-09-01", Var.OFFICE_ACTIONS, 0);

        // with the variable's value the second action would be ":recordOfficeAction:1" again, and
        // the case would ignore it as a repeat of the first
        assertThat(commands.sent(RecordOfficeActionCommand.class)).extracting(RecordOfficeActionCommand::processCommandId)
                .containsExactly(id + ":recordOfficeAction:1", id + ":recordOfficeAction:2");
        assertThat(commands.sent(AnswerOfficeActionCommand.class)).extracting(AnswerOfficeActionCommand::processCommandId)
                .containsExactly(id + ":recordAnswer:1", id + ":recordAnswer:2");
        assertThat(commands.sent(GrantPatentCommand.class)).extracting(GrantPatentCommand::processCommandId)
                .containsExactly(id + ":grantPatent:2");
        assertThat(promotion).isEnded();
    }

    @Test
    void theOfficeRejects() {
        ProcessInstance promotion = toFiled();

        completeAs(LEADER, Var.OFFICE_DECISION, "REJECTED", Var.REJECTED_ON, "2025-09-01",
                Var.REJECTION_REASON, "不具备创造性");

        assertThat(promotion).hasPassed(Activity.REJECTION, Activity.REJECT_PATENT, Activity.REJECTED)
                .hasNotPassed(Activity.GRANT_PATENT, Activity.RECORD_OFFICE_ACTION).isEnded();
        assertThat(commands.sent(RejectPatentCommand.class)).containsExactly(new RejectPatentCommand(PATENT,
                LocalDate.of(2025, 9, 1), "不具备创造性", LEADER, promotion.getId() + ":rejectPatent:0", NOW));
    }

    @Test
    void theOfficeRejectsWhileAnOfficeActionIsOpen() throws Exception {
        ProcessInstance promotion = toFiled();
        completeAs(LEADER, Var.OFFICE_DECISION, "OFFICE_ACTION", Var.ISSUED_ON, "2025-09-01",
                Var.RESPONSE_DUE, "2025-11-01", Var.SUMMARY, "权利要求1缺乏创造性");
        assertThat(promotion).isWaitingAt(Activity.ANSWER_OFFICE_ACTION);
        assertThat(formKeys()).contains(Var.ANSWER_DECISION, Var.REJECTED_ON, Var.REJECTION_REASON);

        completeAs(LEADER, Var.ANSWER_DECISION, "REJECTED", Var.REJECTED_ON, "2025-09-01",
                Var.REJECTION_REASON, "不具备创造性");

        assertThat(promotion).hasPassed(Activity.REJECTION, Activity.REJECT_PATENT, Activity.REJECTED)
                .hasNotPassed(Activity.RECORD_ANSWER, Activity.ABANDON_PATENT).isEnded();
        assertThat(commands.sent(RejectPatentCommand.class)).containsExactly(new RejectPatentCommand(PATENT,
                LocalDate.of(2025, 9, 1), "不具备创造性", LEADER, promotion.getId() + ":rejectPatent:1", NOW));
        assertThat(commands.sent(AnswerOfficeActionCommand.class)).isEmpty();
        assertThat(managementJobs(promotion)).as("the response reminder goes with the task").isZero();
    }

    @Test
    void theCaseIsAbandonedAtPreparation() {
        ProcessInstance promotion = nominate();

        completeAs(LEADER, Var.PREPARE_DECISION, "ABANDON", Var.ABANDON_REASON, "技术已公开");

        assertThat(promotion).hasPassed(Activity.ABANDON_PATENT, Activity.ABANDONED)
                .hasNotPassed(Activity.RECORD_PREPARATION).isEnded();
        assertThat(commands.sent()).containsExactly(new AbandonPatentCommand(PATENT, "技术已公开", LEADER,
                promotion.getId() + ":abandonPatent:0", NOW));
        assertThat(taskService().createTaskQuery().processInstanceId(promotion.getId()).count()).isZero();
    }

    @Test
    void theCaseIsAbandonedWhileAnOfficeActionIsOpen() {
        ProcessInstance promotion = toFiled();
        completeAs(LEADER, Var.OFFICE_DECISION, "OFFICE_ACTION", Var.ISSUED_ON, "2025-09-01",
                Var.RESPONSE_DUE, "2025-11-01", Var.SUMMARY, "意见");

        completeAs(LEADER, Var.ANSWER_DECISION, "ABANDON", Var.ABANDON_REASON, "不再维持");

        assertThat(promotion).hasPassed(Activity.ABANDONED).hasNotPassed(Activity.RECORD_ANSWER).isEnded();
        assertThat(commands.sent(AbandonPatentCommand.class)).singleElement()
                .satisfies(abandon -> assertThat(abandon.processCommandId())
                        .isEqualTo(promotion.getId() + ":abandonPatent:1"));
        assertThat(managementJobs(promotion)).as("the response reminder goes with the task").isZero();
    }

    @Test
    void thePreparationReminderRecordsTheOverdueAndLeavesTheTaskOpen() {
        ProcessInstance promotion = nominate();
        Job reminder = job();
        assertThat(reminder).hasDueDate(Date.from(NOW.plus(Duration.ofDays(30))));

        clock.set(NOW.plus(Duration.ofDays(30)).plusSeconds(5));
        execute(reminder);

        assertThat(promotion).hasPassed(Activity.PREPARATION_OVERDUE, Activity.REMIND_PREPARATION,
                Activity.PREPARATION_REMINDED).isWaitingAt(Activity.PREPARE_APPLICATION);
        assertThat(taskService().createTaskQuery().processInstanceId(promotion.getId()).count()).isEqualTo(1);
        assertThat(commands.sent()).containsExactly(new RecordPatentOverdueCommand(PATENT, PatentStep.PREPARATION,
                NOW.plus(Duration.ofDays(30)), promotion.getId() + ":remindPreparation:0",
                NOW.plus(Duration.ofDays(30)).plusSeconds(5)));
        assertThat(managementJobs(promotion)).as("a reminder fires once").isZero();

        completeAs(LEADER, Var.PREPARE_DECISION, "PREPARE");
        assertThat(promotion).isWaitingAt(Activity.FILE_APPLICATION);
    }

    @Test
    void theFilingReminderCountsFromThePreparation() {
        ProcessInstance promotion = nominate();
        Instant preparedAt = NOW.plus(Duration.ofDays(3));
        clock.set(preparedAt);
        completeAs(LEADER, Var.PREPARE_DECISION, "PREPARE");
        Job reminder = job();
        assertThat(reminder).hasDueDate(Date.from(preparedAt.plus(Duration.ofDays(30))));

        execute(reminder);

        assertThat(promotion).hasPassed(Activity.REMIND_FILING, Activity.FILING_REMINDED)
                .isWaitingAt(Activity.FILE_APPLICATION);
        assertThat(commands.sent(RecordPatentOverdueCommand.class)).containsExactly(new RecordPatentOverdueCommand(
                PATENT, PatentStep.FILING, preparedAt.plus(Duration.ofDays(30)), promotion.getId() + ":remindFiling:0",
                preparedAt));
    }

    @Test
    void theResponseReminderFiresAtTheEndOfTheDueDay() {
        ProcessInstance promotion = toFiled();
        completeAs(LEADER, Var.OFFICE_DECISION, "OFFICE_ACTION", Var.ISSUED_ON, "2025-09-01",
                Var.RESPONSE_DUE, "2025-11-01", Var.SUMMARY, "意见");
        Job reminder = job();
        Instant due = Instant.parse("2025-11-01T16:00:00Z"); // 2025-11-02 00:00 Beijing
        assertThat(reminder).hasDueDate(Date.from(due));

        execute(reminder);

        assertThat(promotion).hasPassed(Activity.RESPONSE_OVERDUE, Activity.REMIND_RESPONSE, Activity.RESPONSE_REMINDED)
                .isWaitingAt(Activity.ANSWER_OFFICE_ACTION);
        assertThat(commands.sent(RecordPatentOverdueCommand.class)).containsExactly(new RecordPatentOverdueCommand(
                PATENT, PatentStep.OFFICE_ACTION_RESPONSE, due, promotion.getId() + ":remindResponse:1", NOW));

        completeAs(LEADER, Var.ANSWER_DECISION, "ANSWER", Var.ANSWERED_ON, "2025-09-01");
        assertThat(promotion).isWaitingAt(Activity.AWAIT_OFFICE_DECISION);
    }

    @Test
    void configuredRemindersDriveTheTimers() {
        bridge = bridge("P10D", "PT36H");
        ProcessInstance promotion = nominate();

        assertThat(promotion).variables().containsEntry(Var.PREPARATION_REMINDER, "P10D")
                .containsEntry(Var.FILING_REMINDER, "PT36H");
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(10))));
        completeAs(LEADER, Var.PREPARE_DECISION, "PREPARE");
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofHours(36))));
        assertThatThrownBy(() -> bridge("P0D", "P30D")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusalByTheCaseRollsTheCompletionBack() {
        ProcessInstance promotion = nominate();
        completeAs(LEADER, Var.PREPARE_DECISION, "PREPARE");
        commands.rejectWith(command -> command instanceof FilePatentCommand
                ? RuleViolation.invalid("invalid-number", "applicationNumber",
                        RuleViolation.term("field.application-number"), "202510123456.7")
                : null);
        identityService().setAuthenticatedUserId(LEADER);

        assertThatThrownBy(() -> complete(task(), withVariables(Var.FILE_DECISION, "FILE",
                Var.APPLICATION_NUMBER, "ABC", Var.FILED_ON, "2025-09-01")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("the application number is malformed");

        assertThat(promotion).isWaitingAt(Activity.FILE_APPLICATION).hasNotPassed(Activity.RECORD_FILING);
        assertThat(runtimeService().getVariable(promotion.getId(), Var.APPLICATION_NUMBER)).isNull();
        assertThat(commands.sent(FilePatentCommand.class)).isEmpty();
    }

    @Test
    void aDateTheFormCannotHaveIsRefusedWithoutACommand() {
        ProcessInstance promotion = nominate();
        completeAs(LEADER, Var.PREPARE_DECISION, "PREPARE");
        identityService().setAuthenticatedUserId(LEADER);

        assertThatThrownBy(() -> complete(task(), withVariables(Var.FILE_DECISION, "FILE",
                Var.APPLICATION_NUMBER, "202520123456.7", Var.FILED_ON, "9/10/2025")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("2026-03-01");

        assertThat(promotion).isWaitingAt(Activity.FILE_APPLICATION);
        assertThat(commands.sent(FilePatentCommand.class)).isEmpty();
    }

    @Test
    void aCompletionWithoutALoggedInUserIsRefused() {
        ProcessInstance promotion = nominate();

        assertThatThrownBy(() -> complete(task(), withVariables(Var.PREPARE_DECISION, "PREPARE")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Cannot tell who acted");

        assertThat(promotion).isWaitingAt(Activity.PREPARE_APPLICATION);
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void theBridgeStartsOneInstancePerCaseAndRedeliveryIsANoOp() {
        ProcessInstance promotion = nominate();
        bridge.on(nominated());
        assertThat(instances()).isEqualTo(1);

        completeAs(LEADER, Var.PREPARE_DECISION, "ABANDON", Var.ABANDON_REASON, "放弃");
        assertThat(promotion).isEnded();
        bridge.on(nominated());

        assertThat(instances()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PatentPromotion.PROCESS_KEY).processInstanceBusinessKey(PATENT).count())
                .isEqualTo(1);
    }

    @Test
    void deployedFormsCarryTheirFields() throws Exception {
        nominate();
        assertThat(formKeys()).contains(Var.TITLE, Var.TYPE_LABEL, Var.PROPOSAL_ID, Var.PREPARE_DECISION, Var.AGENCY,
                Var.PREPARATION_NOTE, Var.ABANDON_REASON);
        completeAs(LEADER, Var.PREPARE_DECISION, "PREPARE");
        assertThat(formKeys()).contains(Var.TITLE, Var.FILE_DECISION, Var.APPLICATION_NUMBER, Var.FILED_ON,
                Var.ABANDON_REASON);
    }

    // helpers ---------------------------------------------------------------------------------

    private PatentPromotionBridge bridge(String preparation, String filing) {
        return new PatentPromotionBridge(runtimeService(), historyService(), preparation, filing);
    }

    private static PatentNominatedEvent nominated() {
        return new PatentNominatedEvent(PATENT, "P-2025-0042", "采煤机截齿快换装置", "U07", 2025,
                PatentType.UTILITY_MODEL, Instant.parse("2025-07-06T02:00:00Z"), LEADER, NOW);
    }

    private ProcessInstance nominate() {
        bridge.on(nominated());
        ProcessInstance promotion = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(PatentPromotion.PROCESS_KEY)
                .processInstanceBusinessKey(PATENT)
                .singleResult();
        assertThat(promotion).isNotNull();
        return promotion;
    }

    /** Prepared and filed at NOW, waiting for the office. */
    private ProcessInstance toFiled() {
        ProcessInstance promotion = nominate();
        completeAs(LEADER, Var.PREPARE_DECISION, "PREPARE");
        completeAs(LEADER, Var.FILE_DECISION, "FILE", Var.APPLICATION_NUMBER, "202520123456.7",
                Var.FILED_ON, "2025-09-01");
        assertThat(promotion).isWaitingAt(Activity.AWAIT_OFFICE_DECISION);
        return promotion;
    }

    private void completeAs(String userId, Object... variables) {
        identityService().setAuthenticatedUserId(userId);
        try {
            Map<String, Object> values = new java.util.HashMap<>();
            for (int i = 0; i < variables.length; i += 2) {
                values.put(variables[i].toString(), variables[i + 1]);
            }
            taskService().complete(task().getId(), values);
        } finally {
            identityService().clearAuthentication();
        }
    }

    private String formKey() {
        return formService().getTaskFormData(task().getId()).getCamundaFormRef().getKey();
    }

    private List<String> formKeys() throws Exception {
        Task task = task();
        try (InputStream in = formService().getDeployedTaskForm(task.getId())) {
            JsonNode form = new ObjectMapper().readTree(in);
            return form.get("components").findValuesAsText("key");
        }
    }

    private long instances() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(PatentPromotion.PROCESS_KEY)
                .processInstanceBusinessKey(PATENT).count();
    }

    private static long managementJobs(ProcessInstance promotion) {
        return BpmnAwareTests.managementService().createJobQuery().processInstanceId(promotion.getId()).count();
    }
}
