package com.wuxiao.processes.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Activity;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.proposal.DisplayNames;
import com.wuxiao.processes.testing.RecordingCommandGateway;
import com.wuxiao.processes.testing.StubQueryGateway;
import com.wuxiao.processes.testing.TestClock;
import com.wuxiao.processes.testing.TestEngine;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.ProposalDetail;
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
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * What the quarterly-appraisal process tests share: the BPMN on a real engine and PostgreSQL with the
 * real delegates, listener and bridge; only the command bus (recording double answered by
 * {@link FakeRound}) and the query bus (stub) are fakes. The engine is {@link TestEngine}'s, one per
 * JVM, so the test classes split by concept start no engine of their own; each test deploys the
 * process afresh ({@code @Deployment} is looked up on the superclasses too). Also the pool of two
 * proposals, P1 of U01 and P2 of U02, and the steps of a round.
 */
@Deployment(resources = {"bpmn/quarterly-appraisal.bpmn", "forms/start-appraisal-round.form",
        "forms/name-appraisal-panel.form", "forms/score-proposal.form", "forms/consensus-score.form",
        "forms/approve-ranking.form", "forms/decide-objection.form"})
abstract class QuarterlyAppraisalTestSupport {

    /**
     * Per test, not static: the test classes would share a static one, and it drops the engine's services
     * after the first class. The engine is TestEngine's either way.
     */
    @RegisterExtension
    final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.engine())
            .build();

    static final Instant NOW = Instant.parse("2025-04-07T01:00:00Z");
    static final String ROUND = "2025-Q1";
    static final String LEADER = "L001";
    static final String OTHER_LEADER = "L002";
    static final String P1 = "3f6c1d0e-0000-4000-8000-000000000001";
    static final String P2 = "3f6c1d0e-0000-4000-8000-000000000002";

    final RecordingCommandGateway commands = new RecordingCommandGateway();
    final StubQueryGateway queries = new StubQueryGateway();
    final FakeRound round = new FakeRound(() -> this.pool);
    final TestClock clock = new TestClock(NOW);
    List<PoolEntry> pool = List.of(entry(P1, "U01"), entry(P2, "U02"));
    /** What the proposal read model answers to FindProposalQuery. */
    Function<String, Optional<ProposalDetail>> proposals = id -> Optional.of(detail(id));
    QuarterlyAppraisalBridge bridge;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        clock.set(NOW);
        commands.answerWith(round::answer);
        queries.answer(FindProposalQuery.class, query -> proposals.apply(query.proposalId()));
        Mocks.register(QuarterlyAppraisal.Bean.OPEN_ROUND, new OpenRoundDelegate(commands, clock));
        Mocks.register(QuarterlyAppraisal.Bean.NAME_PANEL, new NamePanelDelegate(commands, clock));
        Mocks.register(QuarterlyAppraisal.Bean.ASSIGN_SCORERS, new AssignScorersDelegate(commands, clock));
        Mocks.register(QuarterlyAppraisal.Bean.SCORING, new ScoringBatches());
        Mocks.register(QuarterlyAppraisal.Bean.RECORD_SCORE, new RecordScoreListener(commands, clock));
        Mocks.register(QuarterlyAppraisal.Bean.PROPOSAL_SHEET, new ProposalSheetListener(queries, DisplayNames.NONE));
        Mocks.register(QuarterlyAppraisal.Bean.RECORD_CONSENSUS, new RecordConsensusDelegate(commands, clock));
        Mocks.register(QuarterlyAppraisal.Bean.RANK_ROUND, new RankRoundDelegate(commands, clock));
        Mocks.register(QuarterlyAppraisal.Bean.APPROVE_RANKING, new ApproveRankingDelegate(commands, clock));
        Mocks.register(QuarterlyAppraisal.Bean.DECIDE_OBJECTION, new DecideObjectionDelegate(commands, clock));
        Mocks.register(QuarterlyAppraisal.Bean.FINALISE_ROUND, new FinaliseRoundDelegate(commands, clock));
        bridge = new QuarterlyAppraisalBridge(runtimeService());
    }

    @AfterEach
    void tearDown() {
        identityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    ProcessInstance start() {
        identityService().setAuthenticatedUserId(LEADER);
        try {
            return runtimeService().createProcessInstanceByKey(QuarterlyAppraisal.PROCESS_KEY)
                    .businessKey(ROUND)
                    .setVariable(Var.YEAR, 2025)
                    .setVariable(Var.QUARTER, 1)
                    .execute();
        } finally {
            identityService().clearAuthentication();
        }
    }

    void namePanel(String members, int perProposal) {
        complete(task(Activity.NAME_PANEL), LEADER,
                Map.of(Var.PANEL_MEMBER_IDS, members, Var.SCORERS_PER_PROPOSAL, (long) perProposal));
    }

    /** A two-proposal round, scored, ranked and approved: in its publicity period. */
    ProcessInstance inPublicity() {
        round.objectionRaised("O1", P1);
        ProcessInstance appraisal = start();
        namePanel("R1, R2, R3", 3);
        executeJobs();
        scoreAll();
        executeJobs();
        complete(task(Activity.APPROVE_RANKING), LEADER, Map.of(Var.RANKING_CHECKED, true));
        assertThat(appraisal).isWaitingAt(Activity.AWAIT_PUBLICITY_END);
        return appraisal;
    }

    void raiseObjection(String objectionId, String proposalId) {
        round.objectionRaised(objectionId, proposalId);
        bridge.on(objection(objectionId, proposalId));
    }

    ObjectionRaisedEvent objection(String objectionId, String proposalId) {
        return new ObjectionRaisedEvent(ROUND, objectionId, proposalId, "W009", "数据不实 figures overstated",
                clock.instant());
    }

    /** Moves both clocks to the timer's due date and fires it. */
    void passPublicity() {
        Job timer = publicityTimer();
        clock.set(timer.getDuedate().toInstant());
        managementService().executeJob(timer.getId());
    }

    Job publicityTimer() {
        List<Job> timers = publicityTimers();
        assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    List<Job> publicityTimers() {
        return managementService().createJobQuery().timers().activityId(Activity.PUBLICITY_ELAPSED).list();
    }

    void scoreAll() {
        for (Task task : scoringTasks()) {
            score(task, 80, 80, 80, null);
        }
        executeJobs();
    }

    void score(Task task, Object feasibility, Object benefit, Object promotability, String comment) {
        complete(task, task.getAssignee(), scores(feasibility, benefit, promotability, comment));
    }

    static Map<String, Object> scores(Object feasibility, Object benefit, Object promotability, String comment) {
        Map<String, Object> values = new HashMap<>();
        values.put(Var.FEASIBILITY, feasibility);
        values.put(Var.BENEFIT, benefit);
        values.put(Var.PROMOTABILITY, promotability);
        values.put(Var.COMMENT, comment);
        return values;
    }

    void complete(Task task, String userId, Map<String, Object> variables) {
        identityService().setAuthenticatedUserId(userId);
        try {
            taskService().complete(task.getId(), variables);
        } finally {
            identityService().clearAuthentication();
        }
    }

    /** Runs every due job, including those the jobs create, like the job executor would. */
    void executeJobs() {
        executeJobsBut(null);
    }

    /** Runs every due job except those of one activity. */
    void executeJobsBut(String activityId) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Set<String> kept = activityId == null ? Set.of() : managementService().createJobQuery()
                    .activityId(activityId).list().stream().map(Job::getId).collect(Collectors.toSet());
            List<Job> due = managementService().createJobQuery().executable().list().stream()
                    .filter(job -> !kept.contains(job.getId())).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    /** The one open task. */
    static Task task() {
        List<Task> open = taskService().createTaskQuery().list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    /** The one open task of this activity. */
    static Task task(String activityId) {
        List<Task> open = taskService().createTaskQuery().taskDefinitionKey(activityId).list();
        assertThat(open).as("open tasks of " + activityId).hasSize(1);
        return open.get(0);
    }

    List<Task> scoringTasks() {
        return taskService().createTaskQuery().taskDefinitionKey(Activity.SCORE_PROPOSAL).list();
    }

    Task scoringTask(String scorerId, String proposalId) {
        return scoringTasks().stream()
                .filter(task -> task.getAssignee().equals(scorerId)
                        && proposalId.equals(taskService().getVariable(task.getId(), Var.PROPOSAL_ID)))
                .findFirst().orElseThrow();
    }

    static String formKey(Task task) {
        return formService().getTaskFormData(task.getId()).getCamundaFormRef().getKey();
    }

    static Set<String> formKeys(InputStream form) throws Exception {
        try (InputStream in = form) {
            JsonNode json = new ObjectMapper().readTree(in);
            return new HashSet<>(json.get("components").findValuesAsText("key"));
        }
    }

    static String title(String proposalId) {
        return "皮带机张紧装置改进 " + proposalId;
    }

    /** The read model's view of a proposal of the pool (unit U0n for proposal …n). */
    static ProposalDetail detail(String proposalId) {
        return new ProposalDetail(proposalId, title(proposalId), ProposalType.INNOVATION, "JIDIAN",
                "U0" + proposalId.charAt(proposalId.length() - 1), "A001", "M001", 2025, 2, ProposalStatus.ACCEPTED, 1,
                false, null, null, "张紧力不足，皮带打滑 " + proposalId, "增设液压自动张紧装置",
                new BigDecimal("120000.50"), "减少断带事故", new BigDecimal("3500"), NOW.minus(Duration.ofDays(40)),
                NOW.minus(Duration.ofDays(30)), List.of(new Author("A001", 60), new Author("A002", 40)), List.of(),
                List.of());
    }

    static PoolEntry entry(String proposalId, String unitId) {
        return new PoolEntry(proposalId, unitId, List.of(new Author("A-" + proposalId.substring(30), 100)), null);
    }
}
