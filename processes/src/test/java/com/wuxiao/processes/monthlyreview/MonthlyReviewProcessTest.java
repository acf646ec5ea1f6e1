package com.wuxiao.processes.monthlyreview;

import java.util.Optional;
import java.util.Collection;
import com.wuxiao.processes.proposal.DisplayNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.EscalateScreeningCommand;
import com.wuxiao.command.proposal.api.ExpireReturnedProposalCommand;
import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalLimits;
import com.wuxiao.command.proposal.api.ProposalRevisedEvent;
import com.wuxiao.command.proposal.api.ProposalSubmittedEvent;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Activity;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Var;
import com.wuxiao.processes.testing.RecordingCommandGateway;
import com.wuxiao.processes.testing.StubQueryGateway;
import com.wuxiao.processes.testing.TestEngine;
import com.wuxiao.query.proposal.api.DuplicateCandidate;
import com.wuxiao.query.proposal.api.DuplicateCandidates;
import com.wuxiao.query.proposal.api.FindDuplicateCandidatesQuery;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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
 * The monthly-review BPMN on a real engine and PostgreSQL, driven through the real bridge and the
 * real delegates; only the command bus (recording double) and the query bus (stub) are fakes.
 */
@Deployment(resources = {"bpmn/monthly-review.bpmn", "forms/screen-proposal.form"})
class MonthlyReviewProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.engine())
            .build();

    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");
    private static final String PROPOSAL = "P-2025-0042";
    private static final String UNIT = "U07";
    /** The directory and the year's configuration as the form's names come from them; M001 is unknown. */
    private static final DisplayNames NAMES = new DisplayNames() {
        @Override
        public Map<String, String> people(Collection<String> userIds) {
            return Map.of("A001", "张伟", "A002", "李娜").entrySet().stream().filter(e -> userIds.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Optional<String> unit(String unitId) {
            return UNIT.equals(unitId) ? Optional.of("综采一队") : Optional.empty();
        }

        @Override
        public Optional<String> category(int year, String categoryCode) {
            return year == 2025 && "JIDIAN".equals(categoryCode) ? Optional.of("机电运输") : Optional.empty();
        }
    };
    private static final String COORDINATORS = "UNIT_COORDINATOR-U07";
    private static final String UNION_OFFICE = "UNION_LEADER";

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final StubQueryGateway queries = new StubQueryGateway();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    /** The identity store's answer: U07 has two coordinators, C001 and C002. */
    private final Map<String, Set<String>> coordinators = new HashMap<>(Map.of(UNIT, Set.of("C001", "C002")));
    private MonthlyReviewBridge bridge;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        queries.answer(FindDuplicateCandidatesQuery.class, query -> new DuplicateCandidates(List.of()));
        Mocks.register(MonthlyReview.Bean.SCREENER_LISTENER, new ScreenerListener());
        Mocks.register(MonthlyReview.Bean.SCREENING_CANDIDATES_LISTENER, new ScreeningCandidatesListener());
        Mocks.register(MonthlyReview.Bean.ESCALATE_SCREENING, new EscalateScreeningDelegate(commands, clock));
        Mocks.register(MonthlyReview.Bean.RECORD_SCREENING, new RecordScreeningDelegate(commands, clock));
        Mocks.register(MonthlyReview.Bean.EXPIRE_RETURNED, new ExpireReturnedDelegate(commands, clock));
        bridge = new MonthlyReviewBridge(runtimeService(), historyService(), queries,
                unit -> coordinators.getOrDefault(unit, Set.of()), NAMES);
    }

    @AfterEach
    void tearDown() {
        identityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void coordinatorAccepts() {
        ProcessInstance review = submit();

        assertThat(review).isStarted().isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(task()).hasCandidateGroup(COORDINATORS)
                .hasDueDate(Date.from(NOW.plus(Duration.ofDays(7))));

        screenAs("C001", "outcome", "ACCEPT", "comment", "思路清晰 clear");

        assertThat(review).hasPassedInOrder(Activity.SCREEN_PROPOSAL, Activity.RECORD_SCREENING, Activity.ACCEPTED)
                .isEnded();
        assertThat(commands.sent()).hasSize(1);
        ScreenProposalCommand screened = commands.sent(ScreenProposalCommand.class).get(0);
        assertThat(screened.proposalId()).isEqualTo(PROPOSAL);
        assertThat(screened.screenerId()).isEqualTo("C001");
        assertThat(screened.revision()).isEqualTo(1);
        assertThat(screened.outcome()).isEqualTo(ScreeningOutcome.ACCEPT);
        assertThat(screened.comment()).isEqualTo("思路清晰 clear");
        assertThat(screened.rejectionReason()).isNull();
        assertThat(screened.processCommandId()).isEqualTo(review.getId() + ":recordScreening:1");
        assertThat(screened.screenedAt()).isEqualTo(NOW);
    }

    @Test
    void bridgeGivesTheFormWhatItShows() {
        queries.answer(FindDuplicateCandidatesQuery.class, query -> new DuplicateCandidates(List.of(
                new DuplicateCandidate("P-2024-0100", "皮带机自动张紧装置", 82),
                new DuplicateCandidate("P-2024-0007", "张紧装置改进", 61))));

        ProcessInstance review = submit();

        assertThat(review).hasBusinessKey(PROPOSAL).variables()
                .containsEntry(Var.PROPOSAL_ID, PROPOSAL)
                .containsEntry(Var.UNIT_ID, UNIT)
                .containsEntry(Var.CANDIDATE_GROUPS, COORDINATORS)
                .containsEntry(Var.CANDIDATE_USERS, "")
                .containsEntry(Var.REVISION, 1)
                .containsEntry(Var.SCREENING_ESCALATION, "P7D")
                .containsEntry(Var.REVISION_WINDOW, "P14D")
                .containsEntry(Var.TITLE, "皮带机张紧装置改进")
                .containsEntry(Var.TYPE_LABEL, "INNOVATION 小革新")
                .containsEntry(Var.CATEGORY_CODE, "JIDIAN")
                .containsEntry(Var.AUTHORS_TEXT, "A001 (60%), A002 (40%)")
                .containsEntry(Var.MENTOR_ID, "M001")
                .containsEntry(Var.CATEGORY_NAME, "机电运输 JIDIAN")
                .containsEntry(Var.UNIT_NAME, "综采一队 U07")
                .containsEntry(Var.AUTHORS_NAMES, "张伟 A001 (60%), 李娜 A002 (40%)")
                .containsEntry(Var.MENTOR_NAME, "M001")
                .containsEntry(Var.EXPECTED_ECONOMIC_BENEFIT, "120000.50")
                .containsEntry(Var.MATERIAL_COST, "3500")
                .containsEntry(Var.DUPLICATES_TEXT,
                        "P-2024-0100 《皮带机自动张紧装置》 相似度 similarity 82%\n"
                                + "P-2024-0007 《张紧装置改进》 相似度 similarity 61%");
        assertThat(queries.queries(FindDuplicateCandidatesQuery.class)).singleElement().satisfies(query -> {
            assertThat(query.proposalId()).isEqualTo(PROPOSAL);
            assertThat(query.title()).isEqualTo("皮带机张紧装置改进");
            assertThat(query.submittedBefore()).isEqualTo(NOW);
        });
        Task task = task();
        assertThat(formService().getTaskFormData(task.getId()).getCamundaFormRef().getKey())
                .isEqualTo(MonthlyReview.FORM_KEY);
    }

    @Test
    void deployedFormCarriesTheDecisionFields() throws Exception {
        submit();

        JsonNode form;
        try (InputStream in = formService().getDeployedTaskForm(task().getId())) {
            form = new ObjectMapper().readTree(in);
        }
        assertThat(form.get("id").asText()).isEqualTo(MonthlyReview.FORM_KEY);
        Set<String> keys = form.get("components").findValuesAsText("key").stream().collect(Collectors.toSet());
        assertThat(keys).contains(Var.OUTCOME, Var.COMMENT, Var.REJECTION_REASON, Var.TITLE, Var.TYPE_LABEL,
                Var.CATEGORY_NAME, Var.UNIT_NAME, Var.AUTHORS_NAMES, Var.MENTOR_NAME, Var.PROBLEM, Var.SOLUTION,
                Var.EXPECTED_ECONOMIC_BENEFIT, Var.EXPECTED_SAFETY_BENEFIT, Var.MATERIAL_COST,
                Var.DUPLICATES_TEXT, Var.LAST_COMMENT);
        assertThat(form.get("components").findValuesAsText("text")).as("a link to the proposal's page in the app")
                .anyMatch(text -> text.contains("](/proposals/{{proposalId}})"));
    }

    @Test
    void textsLongerThanCamundaStringsAreCutForDisplay() {
        String problem = "问".repeat(ProposalLimits.PROBLEM_MAX);
        ProposalContent content = new ProposalContent("长文本 long text", ProposalType.DESIGN, "JIDIAN", problem,
                "方案 solution", null, null, null);
        bridge.on(new ProposalSubmittedEvent(PROPOSAL, "A001", UNIT, content, List.of(new Author("A001", 100)),
                null, 2025, 3, NOW, ReviewDeadlines.defaults()));

        ProcessInstance review = runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(PROPOSAL).singleResult();
        String shown = (String) runtimeService().getVariable(review.getId(), Var.PROBLEM);
        assertThat(shown).hasSize(ScreeningSheet.MAX_TEXT).endsWith("…");
        assertThat(queries.queries(FindDuplicateCandidatesQuery.class).get(0).text()).contains(problem);
    }

    @Test
    void noDuplicatesSaysSo() {
        ProcessInstance review = submit();

        assertThat(review).variables().containsEntry(Var.DUPLICATES_TEXT, "无 / none");
    }

    @Test
    void returnedThenRevisedThenAccepted() {
        ProcessInstance review = submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充图纸 add drawings");

        assertThat(review).isWaitingAt(Activity.AWAIT_REVISION)
                .isWaitingFor(MonthlyReview.Message.PROPOSAL_REVISED);
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(14))));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(3))));
        bridge.on(revised(2));

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL).variables()
                .containsEntry(Var.REVISION, 2)
                .containsEntry(Var.TITLE, "皮带机张紧装置改进（修订）")
                .containsEntry(Var.LAST_COMMENT, "请补充图纸 add drawings")
                .containsEntry(Var.OUTCOME, null)
                .containsEntry(Var.COMMENT, null);
        assertThat(queries.queries(FindDuplicateCandidatesQuery.class)).last()
                .satisfies(query -> assertThat(query.submittedBefore()).isEqualTo(NOW));
        assertThat(task()).hasCandidateGroup(COORDINATORS);

        screenAs("C002", "outcome", "ACCEPT");

        assertThat(review).hasPassed(Activity.PROPOSAL_REVISED, Activity.ACCEPTED).isEnded();
        assertThat(commands.sent(ScreenProposalCommand.class))
                .extracting(ScreenProposalCommand::revision, ScreenProposalCommand::outcome,
                        ScreenProposalCommand::screenerId, ScreenProposalCommand::processCommandId)
                .containsExactly(
                        tuple(1, ScreeningOutcome.RETURN, "C001", review.getId() + ":recordScreening:1"),
                        tuple(2, ScreeningOutcome.ACCEPT, "C002", review.getId() + ":recordScreening:2"));
        assertThat(commands.sent(ExpireReturnedProposalCommand.class)).isEmpty();
    }

    @Test
    void returnedAndNotRevisedWithinTheWindowIsExpired() {
        ProcessInstance review = submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充数据 add data");

        Job revisionWindow = job();
        assertThat(revisionWindow).hasDueDate(Date.from(NOW.plus(Duration.ofDays(14))));
        execute(revisionWindow);

        assertThat(review).hasPassed(Activity.REVISION_WINDOW_ELAPSED, Activity.EXPIRE_RETURNED,
                Activity.WITHDRAWN_EXPIRED).hasNotPassed(Activity.PROPOSAL_REVISED).isEnded();
        assertThat(commands.sent(ExpireReturnedProposalCommand.class)).singleElement().satisfies(expire -> {
            assertThat(expire.proposalId()).isEqualTo(PROPOSAL);
            assertThat(expire.revision()).isEqualTo(1);
            assertThat(expire.processCommandId()).isEqualTo(review.getId() + ":expireReturned:1");
            assertThat(expire.expiredAt()).isEqualTo(NOW);
        });
    }

    /**
     * The author revised just before the window closed, so the aggregate ignored the expiry, but the
     * timer had already ended the review: the revision gets a review of its own, once.
     */
    @Test
    void aRevisionThatLostTheRaceWithTheWindowIsReviewedAfresh() {
        ProcessInstance first = submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充数据 add data");
        execute(job());
        assertThat(first).hasPassed(Activity.WITHDRAWN_EXPIRED).isEnded();

        bridge.on(revised(2));
        bridge.on(revised(2));

        List<ProcessInstance> running = runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(PROPOSAL).list();
        assertThat(running).hasSize(1);
        ProcessInstance second = running.get(0);
        assertThat(second).isWaitingAt(Activity.SCREEN_PROPOSAL).variables()
                .containsEntry(Var.REVISION, 2)
                .containsEntry(Var.UNIT_ID, UNIT)
                .containsEntry(Var.SCREENING_ESCALATION, "P7D")
                .containsEntry(Var.TITLE, "皮带机张紧装置改进（修订）")
                .containsEntry(Var.LAST_COMMENT, "请补充数据 add data");
        assertThat(task()).hasCandidateGroup(COORDINATORS);

        screenAs("C001", "outcome", "ACCEPT");

        assertThat(second).hasPassed(Activity.ACCEPTED).isEnded();
        assertThat(commands.sent(ScreenProposalCommand.class)).last().satisfies(screened -> {
            assertThat(screened.revision()).isEqualTo(2);
            assertThat(screened.processCommandId()).isEqualTo(second.getId() + ":recordScreening:2");
        });
        bridge.on(revised(2));
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(PROPOSAL).count())
                .as("a revision delivered again after its review ended starts nothing").isZero();
    }

    @Test
    void coordinatorRejectsWithReason() {
        ProcessInstance review = submit();

        screenAs("C001", "outcome", "REJECT", "rejectionReason", "DUPLICATE", "comment", "与P-2024-0100重复");

        assertThat(review).hasPassed(Activity.REJECTED).hasNotPassed(Activity.ACCEPTED).isEnded();
        ScreenProposalCommand screened = commands.sent(ScreenProposalCommand.class).get(0);
        assertThat(screened.outcome()).isEqualTo(ScreeningOutcome.REJECT);
        assertThat(screened.rejectionReason()).isEqualTo(RejectionReason.DUPLICATE);
        assertThat(screened.comment()).isEqualTo("与P-2024-0100重复");
    }

    @Test
    void overdueScreeningEscalatesToTheUnionOffice() {
        ProcessInstance review = submit();

        Job overdue = job();
        assertThat(overdue).hasDueDate(Date.from(NOW.plus(Duration.ofDays(7))));
        execute(overdue);

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL_ESCALATED)
                .hasPassed(Activity.SCREENING_OVERDUE, Activity.ESCALATE_SCREENING);
        assertThat(taskService().createTaskQuery().processInstanceId(review.getId()).count()).isEqualTo(1);
        assertThat(task()).hasDefinitionKey(Activity.SCREEN_PROPOSAL_ESCALATED)
                .hasCandidateGroup(COORDINATORS)
                .hasCandidateGroup("UNION_LEADER");
        assertThat(commands.sent(EscalateScreeningCommand.class)).singleElement().satisfies(escalate -> {
            assertThat(escalate.proposalId()).isEqualTo(PROPOSAL);
            assertThat(escalate.revision()).isEqualTo(1);
            assertThat(escalate.processCommandId()).isEqualTo(review.getId() + ":escalateScreening:1");
            assertThat(escalate.escalatedAt()).isEqualTo(NOW);
        });

        screenAs("L001", "outcome", "ACCEPT");

        assertThat(review).hasPassed(Activity.ACCEPTED).isEnded();
        ScreenProposalCommand screened = commands.sent(ScreenProposalCommand.class).get(0);
        assertThat(screened.screenerId()).isEqualTo("L001");
        assertThat(screened.processCommandId()).isEqualTo(review.getId() + ":recordScreening:1");
    }

    @Test
    void authorWithdrawalEndsTheReviewAndItsTasks() {
        ProcessInstance review = submit();

        bridge.on(new ProposalWithdrawnEvent(PROPOSAL, "A001", WithdrawalReason.BY_AUTHOR, NOW));

        assertThat(review).hasPassed(Activity.WITHDRAWN).hasNotPassed(Activity.RECORD_SCREENING).isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(review.getId()).count()).isZero();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void authorWithdrawalWhileReturnedEndsTheReview() {
        ProcessInstance review = submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充 add more");

        bridge.on(new ProposalWithdrawnEvent(PROPOSAL, "A001", WithdrawalReason.BY_AUTHOR, NOW));

        assertThat(review).hasPassed(Activity.WITHDRAWN).isEnded();
        assertThat(commands.sent(ExpireReturnedProposalCommand.class)).isEmpty();
    }

    @Test
    void expiryWithdrawalEventLeavesTheProcessAlone() {
        ProcessInstance review = submit();

        bridge.on(new ProposalWithdrawnEvent(PROPOSAL, null, WithdrawalReason.NOT_REVISED_IN_TIME, NOW));

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL);
    }

    @Test
    void completionWithoutAuthenticatedUserIsRefused() {
        ProcessInstance review = submit();
        Task task = task();

        // Camunda wraps listener exceptions; the message still reaches Tasklist.
        assertThatThrownBy(() -> complete(task, withVariables(Var.OUTCOME, "ACCEPT")))
                .hasRootCauseInstanceOf(RuleViolation.class)
                .hasMessageContaining("Cannot tell who screened");

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void rejectedCommandRollsBackTheCompletion() {
        ProcessInstance review = submit();
        commands.rejectWith(command -> command instanceof ScreenProposalCommand
                ? RuleViolation.invalid("comment-required", "comment", "退回须填写意见", "A return needs a comment")
                : null);
        identityService().setAuthenticatedUserId("C001");

        assertThatThrownBy(() -> complete(task(), withVariables(Var.OUTCOME, "RETURN")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("A return needs a comment");

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL).hasNotPassed(Activity.RECORD_SCREENING);
        assertThat(task()).hasCandidateGroup(COORDINATORS);
        assertThat(runtimeService().getVariable(review.getId(), Var.OUTCOME)).isNull();
    }

    @Test
    void sameSubmissionTwiceStartsOneReview() {
        ProcessInstance review = submit();
        bridge.on(submitted());
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(PROPOSAL).count())
                .isEqualTo(1);

        bridge.on(new ProposalWithdrawnEvent(PROPOSAL, "A001", WithdrawalReason.BY_AUTHOR, NOW));
        assertThat(review).isEnded();
        bridge.on(submitted());

        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(PROPOSAL).count())
                .isZero();
    }

    @Test
    void aRevisionDeliveredAgainChangesNothing() {
        ProcessInstance review = submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充图纸 add drawings");
        bridge.on(revised(2));
        screenAs("C001", "outcome", "RETURN", "comment", "还缺成本 cost missing");
        assertThat(review).isWaitingAt(Activity.AWAIT_REVISION);

        bridge.on(revised(2));

        assertThat(review).isWaitingAt(Activity.AWAIT_REVISION).variables().containsEntry(Var.REVISION, 2);
    }

    @Test
    void theYearsOwnDeadlinesDriveTheTimers() {
        bridge.on(submitted(new ReviewDeadlines(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(5))));
        ProcessInstance review = runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(PROPOSAL).singleResult();

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(3))));
        assertThat(task()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(3))));
        screenAs("C001", "outcome", "RETURN", "comment", "补充数据");

        assertThat(review).isWaitingAt(Activity.AWAIT_REVISION);
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(10))));
    }

    // --- conflicts of interest: to whom the screening is offered ----------------------------------

    @Test
    void withNoCoordinatorTiedTheUnitsGroupScreensAndAfterEscalationTheUnionOfficeToo() {
        ProcessInstance review = submit();

        assertThat(candidatesOf(task())).containsExactly("group:" + COORDINATORS);

        execute(job());

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL_ESCALATED);
        assertThat(candidatesOf(task())).containsExactlyInAnyOrder("group:" + COORDINATORS, "group:" + UNION_OFFICE);
    }

    @Test
    void aCoAuthoringCoordinatorIsLeftOutAndTheOtherScreens() {
        ProcessInstance review = submit(List.of(new Author("A001", 60), new Author("C001", 40)), null);

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL).variables()
                .containsEntry(Var.CANDIDATE_GROUPS, "")
                .containsEntry(Var.CANDIDATE_USERS, "C002");
        assertThat(task()).hasCandidateUser("C002");
        assertThat(candidatesOf(task())).as("not the unit's group, which C001 belongs to")
                .containsExactly("user:C002");

        screenAs("C002", "outcome", "ACCEPT");

        assertThat(review).hasPassed(Activity.ACCEPTED).isEnded();
        assertThat(commands.sent(ScreenProposalCommand.class)).singleElement()
                .satisfies(screened -> assertThat(screened.screenerId()).isEqualTo("C002"));
    }

    @Test
    void theEscalatedTaskOfATiedCoordinatorGoesToTheOtherAndTheUnionOffice() {
        ProcessInstance review = submit(List.of(new Author("A001", 100)), "C001");
        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL);

        execute(job());

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL_ESCALATED);
        assertThat(task()).hasCandidateUser("C002").hasCandidateGroup(UNION_OFFICE);
        assertThat(candidatesOf(task())).containsExactlyInAnyOrder("user:C002", "group:" + UNION_OFFICE);
    }

    @Test
    void withEveryCoordinatorTiedTheUnionOfficeScreensAtOnce() {
        ProcessInstance review = submit(List.of(new Author("C001", 70), new Author("A001", 30)), "C002");

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(task()).hasCandidateGroup(UNION_OFFICE);
        assertThat(candidatesOf(task())).containsExactly("group:" + UNION_OFFICE);

        execute(job());

        assertThat(candidatesOf(task())).as("the union office once, no coordinator")
                .containsExactly("group:" + UNION_OFFICE);
        screenAs("L001", "outcome", "ACCEPT");
        assertThat(review).hasPassed(Activity.ACCEPTED).isEnded();
    }

    @Test
    void aUnitWithoutCoordinatorsGoesToTheUnionOffice() {
        coordinators.remove(UNIT);

        submit();

        assertThat(candidatesOf(task())).containsExactly("group:" + UNION_OFFICE);
    }

    @Test
    void aRevisionIsRoutedByItsOwnAuthors() {
        ProcessInstance review = submit(List.of(new Author("A001", 60), new Author("C001", 40)), null);
        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(candidatesOf(task())).containsExactly("user:C002");
        screenAs("C002", "outcome", "RETURN", "comment", "请补充图纸 add drawings");

        bridge.on(revised(2));

        assertThat(review).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(candidatesOf(task())).as("C001 is no author of revision 2").containsExactly("group:" + COORDINATORS);
    }

    // helpers ---------------------------------------------------------------------------------

    private ProcessInstance submit() {
        bridge.on(submitted());
        ProcessInstance review = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .processInstanceBusinessKey(PROPOSAL)
                .singleResult();
        assertThat(review).isNotNull();
        return review;
    }

    private ProcessInstance submit(List<Author> authors, String mentorId) {
        bridge.on(new ProposalSubmittedEvent(PROPOSAL, authors.get(0).workerId(), UNIT, content("皮带机张紧装置改进"),
                authors, mentorId, 2025, 3, NOW, ReviewDeadlines.defaults()));
        return processInstance();
    }

    private ProcessInstance processInstance() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .processInstanceBusinessKey(PROPOSAL).active().singleResult();
    }

    /** The task's candidates as "group:…" and "user:…", from its identity links. */
    private static List<String> candidatesOf(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .map(link -> link.getGroupId() != null ? "group:" + link.getGroupId() : "user:" + link.getUserId())
                .toList();
    }

    private void screenAs(String userId, Object... variables) {
        identityService().setAuthenticatedUserId(userId);
        try {
            complete(task(), withVariables(variables[0].toString(), variables[1], tail(variables)));
        } finally {
            identityService().clearAuthentication();
        }
    }

    private static Object[] tail(Object[] variables) {
        Object[] rest = new Object[variables.length - 2];
        System.arraycopy(variables, 2, rest, 0, rest.length);
        return rest;
    }

    private static ProposalSubmittedEvent submitted() {
        return submitted(ReviewDeadlines.defaults());
    }

    private static ProposalSubmittedEvent submitted(ReviewDeadlines deadlines) {
        return new ProposalSubmittedEvent(PROPOSAL, "A001", UNIT, content("皮带机张紧装置改进"),
                List.of(new Author("A001", 60), new Author("A002", 40)), "M001", 2025, 3, NOW, deadlines);
    }

    private static ProposalRevisedEvent revised(int revision) {
        return new ProposalRevisedEvent(PROPOSAL, "A001", revision, content("皮带机张紧装置改进（修订）"),
                List.of(new Author("A001", 60), new Author("A002", 40)), "M001",
                NOW.plus(Duration.ofDays(3)));
    }

    private static ProposalContent content(String title) {
        return new ProposalContent(title, ProposalType.INNOVATION, "JIDIAN",
                "皮带跑偏 belt drifts", "加装自动张紧 add automatic tensioner",
                new BigDecimal("120000.50"), "减少停机伤害 fewer stoppage injuries", new BigDecimal("3500"));
    }
}
