package com.wuxiao.processes.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.AssignScorersCommand;
import com.wuxiao.command.appraisal.api.DecideObjectionCommand;
import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.NamePanelCommand;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.OpenAppraisalRoundCommand;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalType;
import com.wuxiao.processes.engine.EngineUser;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Activity;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Form;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.proposal.DisplayNames;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.processes.testing.RecordingCommandGateway;
import com.wuxiao.processes.testing.StubQueryGateway;
import com.wuxiao.processes.testing.TestClock;
import com.wuxiao.processes.testing.TestEngine;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.ProposalDetail;
import com.wuxiao.query.proposal.api.ProposalScope;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * The quarterly-appraisal BPMN on a real engine and PostgreSQL with the real delegates, listener and
 * bridge; only the command bus (recording double answered by {@link FakeRound}) and the query bus
 * (stub) are fakes.
 */
@Deployment(resources = {"bpmn/quarterly-appraisal.bpmn", "forms/start-appraisal-round.form",
        "forms/name-appraisal-panel.form", "forms/score-proposal.form", "forms/consensus-score.form",
        "forms/approve-ranking.form", "forms/decide-objection.form"})
class QuarterlyAppraisalProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.engine())
            .build();

    private static final Instant NOW = Instant.parse("2025-04-07T01:00:00Z");
    private static final String ROUND = "2025-Q1";
    private static final String LEADER = "L001";
    private static final String OTHER_LEADER = "L002";
    private static final String P1 = "3f6c1d0e-0000-4000-8000-000000000001";
    private static final String P2 = "3f6c1d0e-0000-4000-8000-000000000002";
    private static final List<String> PANEL = List.of("R1", "R2", "R3");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final StubQueryGateway queries = new StubQueryGateway();
    private final FakeRound round = new FakeRound(() -> this.pool);
    private final TestClock clock = new TestClock(NOW);
    private List<PoolEntry> pool = List.of(entry(P1, "U01"), entry(P2, "U02"));
    /** What the proposal read model answers to FindProposalQuery. */
    private Function<String, Optional<ProposalDetail>> proposals = id -> Optional.of(detail(id));
    private QuarterlyAppraisalBridge bridge;

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

    // --- opening -------------------------------------------------------------------------------

    @Test
    void theUnionLeaderOpensTheRoundOverTheQuartersPool() {
        ProcessInstance appraisal = start();

        assertThat(appraisal).hasBusinessKey(ROUND).isWaitingAt(Activity.NAME_PANEL).variables()
                .containsEntry(Var.ROUND_ID, ROUND)
                .containsEntry(Var.POOL_SIZE, 2);
        OpenAppraisalRoundCommand opened = commands.sent(OpenAppraisalRoundCommand.class).get(0);
        assertThat(opened.roundId()).isEqualTo(ROUND);
        assertThat(opened.year()).isEqualTo(2025);
        assertThat(opened.quarter()).isEqualTo(1);
        assertThat(opened.openedBy()).isEqualTo(LEADER);
        assertThat(opened.openedAt()).isEqualTo(NOW);
        assertThat(task()).hasCandidateGroup(QuarterlyAppraisal.UNION_LEADER);
        assertThat(formKey(task())).isEqualTo(Form.NAME_PANEL);
    }

    @Test
    void onlyUnionLeadersMayStartItAndTheStartFormAsksForTheQuarter() throws Exception {
        String definitionId = repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(QuarterlyAppraisal.PROCESS_KEY).singleResult().getId();

        assertThat(repositoryService().getIdentityLinksForProcessDefinition(definitionId))
                .extracting(link -> link.getGroupId()).containsExactly(QuarterlyAppraisal.UNION_LEADER);
        assertThat(formService().getStartFormData(definitionId).getCamundaFormRef().getKey())
                .isEqualTo(Form.START_ROUND);
        assertThat(formKeys(formService().getDeployedStartForm(definitionId))).contains(Var.YEAR, Var.QUARTER);
    }

    @Test
    void aStartFromTasklistWithoutBusinessKeyGetsTheRoundId() {
        identityService().setAuthenticatedUserId(LEADER);
        ProcessInstance appraisal = runtimeService().startProcessInstanceByKey(QuarterlyAppraisal.PROCESS_KEY,
                Map.of(Var.YEAR, 2025L, Var.QUARTER, 1.0));
        identityService().clearAuthentication();

        assertThat(appraisal).hasBusinessKey(ROUND).isWaitingAt(Activity.NAME_PANEL);
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(ROUND).count()).isOne();
    }

    @Test
    void aBusinessKeyOtherThanTheRoundIdIsRefused() {
        identityService().setAuthenticatedUserId(LEADER);

        assertThatThrownBy(() -> runtimeService().createProcessInstanceByKey(QuarterlyAppraisal.PROCESS_KEY)
                .businessKey("2025-Q2").setVariable(Var.YEAR, 2025).setVariable(Var.QUARTER, 1).execute())
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("2025-Q1");

        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aStartWithoutAuthenticatedUserIsRefused() {
        assertThatThrownBy(() -> runtimeService().createProcessInstanceByKey(QuarterlyAppraisal.PROCESS_KEY)
                .setVariable(Var.YEAR, 2025).setVariable(Var.QUARTER, 1).execute())
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Cannot tell who acted");

        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aRefusedOpeningUndoesTheStart() {
        commands.rejectWith(command -> command instanceof OpenAppraisalRoundCommand
                ? RuleViolation.conflict("already-opened")
                : null);

        assertThatThrownBy(this::start).isInstanceOf(RuleViolation.class).hasMessageContaining("open already");

        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void theRestEndpointStartsTheRoundAsTheLoggedInUser() {
        AppraisalStarted started = new QuarterlyAppraisalController(runtimeService(), new EngineUser(identityService()))
                .open(new StartAppraisalRequest(2025, 1), () -> LEADER);

        assertThat(started.roundId()).isEqualTo(ROUND);
        ProcessInstance appraisal = runtimeService().createProcessInstanceQuery()
                .processInstanceId(started.processInstanceId()).singleResult();
        assertThat(appraisal).hasBusinessKey(ROUND).isWaitingAt(Activity.NAME_PANEL);
        assertThat(commands.sent(OpenAppraisalRoundCommand.class).get(0).openedBy()).isEqualTo(LEADER);
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(appraisal.getId())
                .singleResult().getStartUserId()).isEqualTo(LEADER);
        assertThat(identityService().getCurrentAuthentication()).isNull();
    }

    // --- panel and scoring ---------------------------------------------------------------------

    @Test
    void namingThePanelAssignsScorersButCreatesNoTaskInItsTransaction() {
        ProcessInstance appraisal = start();

        namePanel("R1，R2; R3\nR4", 3);

        assertThat(commands.sent(NamePanelCommand.class)).singleElement().satisfies(named -> {
            assertThat(named.roundId()).isEqualTo(ROUND);
            assertThat(named.memberIds()).containsExactly("R1", "R2", "R3", "R4");
            assertThat(named.namedBy()).isEqualTo(LEADER);
        });
        assertThat(commands.sent(AssignScorersCommand.class)).singleElement().satisfies(assign -> {
            assertThat(assign.scorersPerProposal()).isEqualTo(3);
            assertThat(assign.assignedBy()).isEqualTo(LEADER);
        });
        assertThat(appraisal).variables()
                .containsEntry(Var.SCORING_BATCH_COUNT, 1)
                .containsEntry(Var.SCORING_TASK_COUNT, 6)
                .containsEntry(Var.SCORING_BATCH_PREFIX + 0, P1 + ":R1,R2,R3;" + P2 + ":R2,R3,R4");
        assertThat(scoringTasks()).isEmpty();
        assertThat(managementService().createJobQuery().processInstanceId(appraisal.getId()).count()).isOne();
    }

    @Test
    void eachScorerGetsOneTaskPerAssignedProposalWithTheScoringForm() throws Exception {
        start();
        namePanel("R1, R2, R3, R4", 3);
        executeJobs();

        List<Task> tasks = scoringTasks();
        assertThat(tasks).extracting(Task::getAssignee, task -> taskService().getVariable(task.getId(), Var.PROPOSAL_ID))
                .containsExactlyInAnyOrder(tuple("R1", P1), tuple("R2", P1), tuple("R3", P1),
                        tuple("R2", P2), tuple("R3", P2), tuple("R4", P2));
        assertThat(tasks).allSatisfy(task -> {
            assertThat(task).hasName("评分 Score proposal");
            assertThat(taskService().getIdentityLinksForTask(task.getId()))
                    .noneMatch(link -> link.getGroupId() != null);
            assertThat(formKey(task)).isEqualTo(Form.SCORE_PROPOSAL);
        });
        assertThat(formKeys(formService().getDeployedTaskForm(tasks.get(0).getId())))
                .contains(Var.PROPOSAL_ID, Var.FEASIBILITY, Var.BENEFIT, Var.PROMOTABILITY, Var.COMMENT);
    }

    @Test
    void aScoreIsRecordedAsTheScorerWhoCompletedTheTaskAndItsValuesStayInTheTask() {
        ProcessInstance appraisal = start();
        namePanel("R1, R2, R3", 3);
        executeJobs();
        Task task = scoringTask("R2", P2);
        String taskExecution = task.getExecutionId();

        score(task, 85L, 70.0, "90", "可推广 worth replicating");

        assertThat(commands.sent(RecordScoreCommand.class)).singleElement().satisfies(score -> {
            assertThat(score.roundId()).isEqualTo(ROUND);
            assertThat(score.proposalId()).isEqualTo(P2);
            assertThat(score.scorerId()).isEqualTo("R2");
            assertThat(score.feasibility()).isEqualTo(85);
            assertThat(score.benefit()).isEqualTo(70);
            assertThat(score.promotability()).isEqualTo(90);
            assertThat(score.comment()).isEqualTo("可推广 worth replicating");
            assertThat(score.processCommandId()).isEqualTo(appraisal.getId() + ":scoreProposal:" + P2 + ":R2");
            assertThat(score.scoredAt()).isEqualTo(NOW);
        });
        List<VariableInstance> given = runtimeService().createVariableInstanceQuery()
                .processInstanceIdIn(appraisal.getId())
                .variableNameIn(Var.FEASIBILITY, Var.BENEFIT, Var.PROMOTABILITY, Var.COMMENT)
                .list().stream().filter(variable -> variable.getValue() != null).toList();
        assertThat(given).as("the scorer's values stay in their own task's scope").hasSize(4)
                .allSatisfy(variable -> assertThat(variable.getExecutionId()).isEqualTo(taskExecution));
        assertThat(runtimeService().getVariableLocal(appraisal.getId(), Var.FEASIBILITY)).isNull();
    }

    @Test
    void aScoreWithoutAuthenticatedUserIsRefused() {
        start();
        namePanel("R1, R2, R3", 3);
        executeJobs();
        Task task = scoringTask("R1", P1);

        assertThatThrownBy(() -> taskService().complete(task.getId(), scores(80, 80, 80, null)))
                .hasRootCauseInstanceOf(RuleViolation.class)
                .hasMessageContaining("Cannot tell who acted");

        assertThat(taskService().createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(commands.sent(RecordScoreCommand.class)).isEmpty();
    }

    @Test
    void aScoreTheRoundRefusesLeavesTheTaskOpen() {
        ProcessInstance appraisal = start();
        namePanel("R1, R2, R3", 3);
        executeJobs();
        commands.rejectWith(command -> command instanceof RecordScoreCommand
                ? RuleViolation.forbidden("conflict-of-interest", RuleViolation.both("作者", "an author")) : null);
        Task task = scoringTask("R1", P1);

        assertThatThrownBy(() -> score(task, 80, 80, 80, null)).hasMessageContaining("conflict of interest");

        assertThat(taskService().createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(managementService().createJobQuery().processInstanceId(appraisal.getId()).count()).isZero();
    }

    /** Every score appends to the one round: a score that lost the race to another is a 409 conflict. */
    @Test
    void aScoreThatLostTheRaceForTheRoundIsAConflictToRetry() {
        start();
        namePanel("R1, R2, R3", 3);
        executeJobs();
        commands.rejectWith(command -> command instanceof RecordScoreCommand
                ? new CommandExecutionException("append failed", new ConcurrencyException("sequence 7 taken")) : null);
        Task task = scoringTask("R1", P1);

        assertThatThrownBy(() -> score(task, 80, 80, 80, null))
                .hasRootCauseInstanceOf(ConcurrencyException.class)
                .satisfies(failure -> assertThat(ruleViolationIn(failure).code()).isEqualTo("concurrent-change"));

        assertThat(taskService().createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void aScoreThatIsNotAWholeNumberIsRefused() {
        start();
        namePanel("R1, R2, R3", 3);
        executeJobs();
        Task task = scoringTask("R1", P1);

        assertThatThrownBy(() -> score(task, 80.5, 80, 80, null))
                .hasRootCauseInstanceOf(RuleViolation.class)
                .hasMessageContaining("whole number");

        assertThat(commands.sent(RecordScoreCommand.class)).isEmpty();
    }

    // --- the whole appraisal -------------------------------------------------------------------

    @Test
    void theWholeAppraisalOfASmallRound() {
        ProcessInstance appraisal = start();
        namePanel("R1, R2, R3", 3);
        executeJobs();

        scoringTasks().forEach(task -> score(task, 80, 80, 80, null));
        executeJobsBut(Activity.RANK_ROUND);
        assertThat(appraisal).isWaitingAt(Activity.RANK_ROUND);
        assertThat(commands.sent(RankRoundCommand.class)).as("ranking runs in a job of its own").isEmpty();
        executeJobs();

        assertThat(commands.sent(RankRoundCommand.class)).singleElement().satisfies(rank -> {
            assertThat(rank.roundId()).isEqualTo(ROUND);
            assertThat(rank.rankedBy()).as("the union leader who opened the round").isEqualTo(LEADER);
        });
        assertThat(appraisal).isWaitingAt(Activity.APPROVE_RANKING);
        assertThat(task()).hasCandidateGroup(QuarterlyAppraisal.UNION_LEADER);
        assertThat(formKey(task())).isEqualTo(Form.APPROVE_RANKING);
        assertThat((String) runtimeService().getVariable(appraisal.getId(), Var.RANKING_SUMMARY))
                .contains("一等奖 FIRST: 1", "优秀奖 MERIT: 1", "1. " + P1 + " (U01) 80.00 一等奖 FIRST");

        Instant approvedAt = NOW.plus(Duration.ofDays(1));
        clock.set(approvedAt);
        complete(task(), OTHER_LEADER, Map.of(Var.RANKING_CHECKED, true));

        assertThat(commands.sent(ApproveRankingCommand.class)).singleElement().satisfies(approve -> {
            assertThat(approve.approvedBy()).isEqualTo(OTHER_LEADER);
            assertThat(approve.approvedAt()).isEqualTo(approvedAt);
        });
        Instant endsAt = approvedAt.plus(FakeRound.PUBLICITY);
        assertThat(appraisal).isWaitingAt(Activity.AWAIT_PUBLICITY_END).variables()
                .containsEntry(Var.PUBLICITY_ENDS_AT, Date.from(endsAt));
        Job timer = publicityTimer();
        assertThat(timer).hasDueDate(Date.from(endsAt.plus(QuarterlyAppraisal.OBJECTION_GRACE)));

        passPublicity();

        assertThat(commands.sent(FinaliseRoundCommand.class)).singleElement().satisfies(finalise -> {
            assertThat(finalise.roundId()).isEqualTo(ROUND);
            assertThat(finalise.finalisedBy()).isEqualTo(LEADER);
            assertThat(finalise.finalisedAt()).isAfterOrEqualTo(endsAt);
        });
        assertThat(appraisal).hasPassed(Activity.PUBLICITY_ELAPSED, Activity.FINALISE_ROUND, Activity.ROUND_FINALISED)
                .hasNotPassed(Activity.CONSENSUS_RE_REVIEW, Activity.DECIDE_OBJECTION)
                .isEnded();
        assertThat(commands.sent()).extracting(command -> command.getClass().getSimpleName()).containsExactly(
                "OpenAppraisalRoundCommand", "NamePanelCommand", "AssignScorersCommand",
                "RecordScoreCommand", "RecordScoreCommand", "RecordScoreCommand",
                "RecordScoreCommand", "RecordScoreCommand", "RecordScoreCommand",
                "RankRoundCommand", "ApproveRankingCommand", "FinaliseRoundCommand");
    }

    @Test
    void spreadScoresSendTheProposalToConsensusReReviewBeforeRanking() throws Exception {
        round.spreads(P2);
        ProcessInstance appraisal = start();
        namePanel("R1, R2, R3", 3);
        executeJobs();

        scoreAll();

        Task consensus = task(Activity.CONSENSUS_RE_REVIEW);
        assertThat(consensus).hasCandidateGroup(QuarterlyAppraisal.UNION_LEADER);
        assertThat(formKey(consensus)).isEqualTo(Form.CONSENSUS_SCORE);
        assertThat(formKeys(formService().getDeployedTaskForm(consensus.getId())))
                .contains(Var.PROPOSAL_ID, Var.RE_REVIEW_REASON, Var.SCORE_SPREAD,
                        Var.FEASIBILITY, Var.BENEFIT, Var.PROMOTABILITY, Var.COMMENT)
                .containsAll(ProposalSheet.SHOWN);
        assertThat(taskService().getVariablesLocal(consensus.getId()))
                .as("the union office sees what it re-reviews").containsEntry(Var.TITLE, title(P2));
        assertThat(taskService().getVariables(consensus.getId()))
                .containsEntry(Var.PROPOSAL_ID, P2)
                .containsEntry(Var.RE_REVIEW_REASON, "SPREAD 评分差距过大")
                .containsEntry(Var.SCORE_SPREAD, "35.50");
        assertThat(managementService().createJobQuery().processInstanceId(appraisal.getId()).count())
                .as("no ranking while a re-review is open").isZero();

        complete(consensus, LEADER, scores(75, 80, 70, "评审组一致意见 agreed"));

        assertThat(commands.sent(RecordConsensusScoreCommand.class)).singleElement().satisfies(agreed -> {
            assertThat(agreed.roundId()).isEqualTo(ROUND);
            assertThat(agreed.proposalId()).isEqualTo(P2);
            assertThat(agreed.feasibility()).isEqualTo(75);
            assertThat(agreed.benefit()).isEqualTo(80);
            assertThat(agreed.promotability()).isEqualTo(70);
            assertThat(agreed.recordedBy()).isEqualTo(LEADER);
            assertThat(agreed.comment()).isEqualTo("评审组一致意见 agreed");
            assertThat(agreed.processCommandId()).isEqualTo(appraisal.getId() + ":recordConsensus:" + P2);
        });
        assertThat(appraisal).isWaitingAt(Activity.RANK_ROUND);
        executeJobs();
        assertThat(appraisal).isWaitingAt(Activity.APPROVE_RANKING);
    }

    /** The delegates act on what the round answered; an answer without the outcome is a defect, and nothing moves. */
    @Test
    void anApprovalTheRoundAnswersWithoutItsPublicityPeriodLeavesTheTaskOpen() {
        ProcessInstance appraisal = start();
        namePanel("R1, R2, R3", 3);
        executeJobs();
        scoreAll();
        executeJobs();
        commands.answerWith(command -> command instanceof ApproveRankingCommand ? null : round.answer(command));
        Task approve = task(Activity.APPROVE_RANKING);

        assertThatThrownBy(() -> complete(approve, LEADER, Map.of(Var.RANKING_CHECKED, true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ApproveRankingCommand with nothing, not PublicityPeriod");

        assertThat(taskService().createTaskQuery().taskId(approve.getId()).count()).isOne();
        assertThat(appraisal).isWaitingAt(Activity.APPROVE_RANKING);
        assertThat(publicityTimers()).isEmpty();
    }

    // --- publicity and objections --------------------------------------------------------------

    @Test
    void aDeniedObjectionLeavesTheRankingToBeFinalised() throws Exception {
        ProcessInstance appraisal = inPublicity();

        raiseObjection("O1", P1);

        Task decide = task(Activity.DECIDE_OBJECTION);
        assertThat(decide).hasCandidateGroup(QuarterlyAppraisal.UNION_LEADER);
        assertThat(formKey(decide)).isEqualTo(Form.DECIDE_OBJECTION);
        assertThat(formKeys(formService().getDeployedTaskForm(decide.getId())))
                .contains(Var.PROPOSAL_ID, Var.OBJECTOR_NAME, Var.OBJECTION_REASON, Var.OBJECTION_OUTCOME,
                        Var.DECISION_NOTE)
                .containsAll(ProposalSheet.SHOWN);
        assertThat(taskService().getVariablesLocal(decide.getId()))
                .as("the objected proposal is shown, not only its id")
                .containsEntry(Var.TITLE, title(P1))
                .containsEntry(Var.PROBLEM, "张紧力不足，皮带打滑 " + P1);
        assertThat(taskService().getVariables(decide.getId()))
                .containsEntry(Var.OBJECTION_ID, "O1")
                .containsEntry(Var.PROPOSAL_ID, P1)
                .containsEntry(Var.OBJECTOR_ID, "W009")
                .containsEntry(Var.OBJECTION_REASON, "数据不实 figures overstated");
        assertThat(runtimeService().getVariable(appraisal.getId(), Var.RAISED_OBJECTION_ID))
                .as("the message's variables are transient").isNull();

        complete(decide, LEADER, Map.of(Var.OBJECTION_OUTCOME, "DENIED", Var.DECISION_NOTE, "数据属实 figures verified"));

        assertThat(commands.sent(DecideObjectionCommand.class)).singleElement().satisfies(decision -> {
            assertThat(decision.roundId()).isEqualTo(ROUND);
            assertThat(decision.objectionId()).isEqualTo("O1");
            assertThat(decision.upheld()).isFalse();
            assertThat(decision.decidedBy()).isEqualTo(LEADER);
            assertThat(decision.note()).isEqualTo("数据属实 figures verified");
        });
        assertThat(appraisal).isWaitingAt(Activity.AWAIT_PUBLICITY_END);

        passPublicity();

        assertThat(appraisal).hasPassed(Activity.FINALISE_ROUND).hasNotPassed(Activity.OBJECTION_RE_REVIEW).isEnded();
        assertThat(commands.sent(RankRoundCommand.class)).hasSize(1);
        assertThat(commands.sent(FinaliseRoundCommand.class)).hasSize(1);
    }

    @Test
    void anUpheldObjectionVoidsThePublicityAndTheRoundIsReRankedApprovedAndPublishedAgain() {
        ProcessInstance appraisal = inPublicity();
        raiseObjection("O1", P2);

        clock.set(NOW.plus(Duration.ofDays(3)));
        complete(task(Activity.DECIDE_OBJECTION), LEADER, Map.of(Var.OBJECTION_OUTCOME, "UPHELD"));

        assertThat(commands.sent(DecideObjectionCommand.class).get(0).upheld()).isTrue();
        assertThat(publicityTimers()).as("the upheld objection ended the publicity at once").isEmpty();
        Task reReview = task(Activity.OBJECTION_RE_REVIEW);
        assertThat(reReview).hasCandidateGroup(QuarterlyAppraisal.UNION_LEADER);
        assertThat(formKey(reReview)).isEqualTo(Form.CONSENSUS_SCORE);
        assertThat(taskService().getVariablesLocal(reReview.getId())).containsEntry(Var.TITLE, title(P2));
        assertThat(taskService().getVariables(reReview.getId()))
                .containsEntry(Var.PROPOSAL_ID, P2)
                .containsEntry(Var.RE_REVIEW_REASON, "OBJECTION 异议成立");

        complete(reReview, LEADER, scores(60, 55, 50, "复议后下调 lowered"));

        assertThat(commands.sent(RecordConsensusScoreCommand.class)).singleElement().satisfies(agreed -> {
            assertThat(agreed.proposalId()).isEqualTo(P2);
            assertThat(agreed.processCommandId()).isEqualTo(appraisal.getId() + ":recordObjectionConsensus:O1");
        });
        assertThat(appraisal).isWaitingAt(Activity.RANK_ROUND);
        executeJobs();
        assertThat(commands.sent(RankRoundCommand.class)).hasSize(2);

        Instant approvedAgainAt = NOW.plus(Duration.ofDays(4));
        clock.set(approvedAgainAt);
        complete(task(Activity.APPROVE_RANKING), LEADER, Map.of(Var.RANKING_CHECKED, true));

        assertThat(commands.sent(ApproveRankingCommand.class)).hasSize(2);
        assertThat(publicityTimer()).hasDueDate(
                Date.from(approvedAgainAt.plus(FakeRound.PUBLICITY).plus(QuarterlyAppraisal.OBJECTION_GRACE)));
        assertThat(commands.sent(FinaliseRoundCommand.class)).isEmpty();

        passPublicity();

        assertThat(commands.sent(FinaliseRoundCommand.class)).hasSize(1);
        assertThat(appraisal).isEnded();
    }

    @Test
    void finalisationWaitsForAnObjectionStillUndecidedWhenThePeriodEnds() {
        ProcessInstance appraisal = inPublicity();
        raiseObjection("O1", P1);

        passPublicity();

        assertThat(commands.sent(FinaliseRoundCommand.class)).isEmpty();
        assertThat(appraisal).isWaitingAt(Activity.DECIDE_OBJECTION).hasPassed(Activity.PUBLICITY_ELAPSED);

        complete(task(Activity.DECIDE_OBJECTION), LEADER, Map.of(Var.OBJECTION_OUTCOME, "DENIED"));

        assertThat(commands.sent(FinaliseRoundCommand.class)).singleElement()
                .satisfies(finalise -> assertThat(finalise.finalisedBy()).isEqualTo(LEADER));
        assertThat(appraisal).isEnded();
    }

    @Test
    void anObjectionUpheldAfterThePeriodEndedStillSendsTheRoundBackToRanking() {
        ProcessInstance appraisal = inPublicity();
        raiseObjection("O1", P1);
        passPublicity();

        complete(task(Activity.DECIDE_OBJECTION), LEADER, Map.of(Var.OBJECTION_OUTCOME, "UPHELD"));
        complete(task(Activity.OBJECTION_RE_REVIEW), LEADER, scores(70, 70, 70, null));

        assertThat(commands.sent(FinaliseRoundCommand.class)).isEmpty();
        assertThat(appraisal).isWaitingAt(Activity.RANK_ROUND);
        executeJobs();
        assertThat(appraisal).isWaitingAt(Activity.APPROVE_RANKING);
    }

    @Test
    void twoUpheldObjectionsToOneProposalShareOneReReview() {
        ProcessInstance appraisal = inPublicity();
        raiseObjection("O1", P1);
        raiseObjection("O2", P1);
        List<Task> decisions = taskService().createTaskQuery().processInstanceId(appraisal.getId())
                .taskDefinitionKey(Activity.DECIDE_OBJECTION).list();
        assertThat(decisions).hasSize(2);

        for (Task decision : decisions) {
            complete(decision, LEADER, Map.of(Var.OBJECTION_OUTCOME, "UPHELD"));
        }

        assertThat(taskService().createTaskQuery().processInstanceId(appraisal.getId())
                .taskDefinitionKey(Activity.OBJECTION_RE_REVIEW).count()).isOne();
        complete(task(Activity.OBJECTION_RE_REVIEW), LEADER, scores(65, 65, 65, null));

        assertThat(appraisal).isWaitingAt(Activity.RANK_ROUND);
        assertThat(commands.sent(DecideObjectionCommand.class)).extracting(DecideObjectionCommand::objectionId)
                .containsExactlyInAnyOrder("O1", "O2");
    }

    /**
     * An objection raised just before the period ended has not reached the process when the timer
     * fires: the round refuses finalisation, the timer's transaction rolls back with the publicity
     * scope intact, the bridge delivers the objection, and the retried timer waits for its decision.
     */
    @Test
    void anObjectionStillOnItsWayWhenThePeriodEndsIsWaitedFor() {
        ProcessInstance appraisal = inPublicity();
        commands.rejectWith(command -> command instanceof FinaliseRoundCommand
                ? RuleViolation.conflict("undecided-objections", 1)
                : null);
        Job timer = publicityTimer();
        clock.set(timer.getDuedate().toInstant());

        assertThatThrownBy(() -> managementService().executeJob(timer.getId())).hasMessageContaining("not decided");

        assertThat(appraisal).isWaitingAt(Activity.AWAIT_PUBLICITY_END);
        raiseObjection("O1", P1);
        commands.rejectWith(command -> null);
        managementService().executeJob(timer.getId());

        assertThat(commands.sent(FinaliseRoundCommand.class)).isEmpty();
        assertThat(appraisal).isWaitingAt(Activity.DECIDE_OBJECTION).hasPassed(Activity.PUBLICITY_ELAPSED);
        complete(task(Activity.DECIDE_OBJECTION), LEADER, Map.of(Var.OBJECTION_OUTCOME, "DENIED"));
        assertThat(commands.sent(FinaliseRoundCommand.class)).hasSize(1);
        assertThat(appraisal).isEnded();
    }

    @Test
    void aDecisionWithoutOutcomeIsRefused() {
        inPublicity();
        raiseObjection("O1", P1);

        assertThatThrownBy(() -> complete(task(Activity.DECIDE_OBJECTION), LEADER, Map.of()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("upheld or denied");

        assertThat(commands.sent(DecideObjectionCommand.class)).isEmpty();
    }

    @Test
    void theSameObjectionDeliveredAgainChangesNothing() {
        ProcessInstance appraisal = inPublicity();
        raiseObjection("O1", P1);
        bridge.on(objection("O1", P1));
        assertThat(taskService().createTaskQuery().taskDefinitionKey(Activity.DECIDE_OBJECTION).count()).isOne();

        complete(task(Activity.DECIDE_OBJECTION), LEADER, Map.of(Var.OBJECTION_OUTCOME, "DENIED"));
        bridge.on(objection("O1", P1));

        assertThat(taskService().createTaskQuery().taskDefinitionKey(Activity.DECIDE_OBJECTION).count()).isZero();
        assertThat(appraisal).isWaitingAt(Activity.AWAIT_PUBLICITY_END);
    }

    @Test
    void anObjectionToARoundWithoutProcessIsIgnored() {
        bridge.on(objection("O1", P1));

        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    /**
     * The bridge lagged behind: O2 was raised in the first publicity period but reaches the process
     * only once the upheld O1 has sent the round back to ranking. The process holds it (nothing
     * throws, so the bridge's processor goes on) and the next publicity period decides it.
     */
    @Test
    void anObjectionArrivingBetweenPublicityPeriodsIsHeldAndDecidedInTheNextOne() {
        Mocks.register(QuarterlyAppraisal.Bean.PASS_OBJECTION_ON, new PassObjectionOnDelegate());
        ProcessInstance appraisal = inPublicity();
        raiseObjection("O1", P1);
        complete(task(Activity.DECIDE_OBJECTION), LEADER, Map.of(Var.OBJECTION_OUTCOME, "UPHELD"));
        complete(task(Activity.OBJECTION_RE_REVIEW), LEADER, scores(70, 70, 70, null));
        assertThat(appraisal).isWaitingAt(Activity.RANK_ROUND);

        raiseObjection("O2", P2);
        bridge.on(objection("O2", P2));

        assertThat(appraisal).isWaitingAt(Activity.RANK_ROUND, Activity.NEXT_PUBLICITY);
        assertThat(heldObjections()).as("held once, though delivered twice").isOne();
        assertThat(taskService().createTaskQuery().taskDefinitionKey(Activity.DECIDE_OBJECTION).count()).isZero();
        executeJobs();
        assertThat(appraisal).isWaitingAt(Activity.APPROVE_RANKING, Activity.NEXT_PUBLICITY);

        complete(task(Activity.APPROVE_RANKING), LEADER, Map.of(Var.RANKING_CHECKED, true));
        assertThat(appraisal).isWaitingAt(Activity.AWAIT_PUBLICITY_END, Activity.PASS_OBJECTION_ON);
        executeJobs();

        assertThat(heldObjections()).isZero();
        Task decide = task(Activity.DECIDE_OBJECTION);
        assertThat(taskService().getVariables(decide.getId()))
                .containsEntry(Var.OBJECTION_ID, "O2")
                .containsEntry(Var.PROPOSAL_ID, P2)
                .containsEntry(Var.OBJECTOR_ID, "W009")
                .containsEntry(Var.OBJECTION_REASON, "数据不实 figures overstated");
        assertThat(taskService().getVariablesLocal(decide.getId())).containsEntry(Var.TITLE, title(P2));
        passPublicity();
        assertThat(commands.sent(FinaliseRoundCommand.class)).as("the period waits for the objection").isEmpty();

        complete(decide, LEADER, Map.of(Var.OBJECTION_OUTCOME, "DENIED"));

        assertThat(commands.sent(DecideObjectionCommand.class)).extracting(DecideObjectionCommand::objectionId)
                .containsExactly("O1", "O2");
        assertThat(commands.sent(FinaliseRoundCommand.class)).hasSize(1);
        assertThat(appraisal).isEnded();
    }

    private static long heldObjections() {
        return runtimeService().createExecutionQuery().activityId(Activity.NEXT_PUBLICITY).count();
    }

    // --- what the tasks show --------------------------------------------------------------------

    @Test
    void eachScoringTaskShowsTheProposalSheetAsItsOwnVariables() throws Exception {
        ProcessInstance appraisal = start();
        namePanel("R1, R2, R3", 3);
        executeJobs();

        Task task = scoringTask("R2", P2);
        assertThat(taskService().getVariablesLocal(task.getId()))
                .containsEntry(Var.TITLE, title(P2))
                .containsEntry(Var.TYPE_LABEL, "INNOVATION 小革新")
                .containsEntry(Var.CATEGORY_CODE, "JIDIAN")
                .containsEntry(Var.UNIT_ID, "U02")
                .containsEntry(Var.AUTHORS_TEXT, "A001 (60%), A002 (40%)")
                .containsEntry(Var.MENTOR_ID, "M001")
                .containsEntry(Var.PROBLEM, "张紧力不足，皮带打滑 " + P2)
                .containsEntry(Var.SOLUTION, "增设液压自动张紧装置")
                .containsEntry(Var.EXPECTED_ECONOMIC_BENEFIT, "120000.50")
                .containsEntry(Var.EXPECTED_SAFETY_BENEFIT, "减少断带事故")
                .containsEntry(Var.MATERIAL_COST, "3500");
        assertThat(formKeys(formService().getDeployedTaskForm(task.getId()))).containsAll(ProposalSheet.SHOWN);
        assertThat(queries.queries(FindProposalQuery.class)).as("one question per task, without the duplicate scan")
                .hasSize(6)
                .contains(new FindProposalQuery(P2, ProposalScope.everything(), false));
        assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(appraisal.getId())
                .variableName(Var.TITLE).list())
                .as("task-local: no process-scope copy").hasSize(6)
                .allSatisfy(title -> assertThat(title.getTaskId()).isNotNull());
    }

    /** Tasklist submits the read-only fields too; they must not land in a scope other tasks read. */
    @Test
    void submittingTheFormWithItsReadOnlyFieldsChangesNoOtherTasksSheet() {
        ProcessInstance appraisal = start();
        namePanel("R1, R2, R3", 3);
        executeJobs();
        Task task = scoringTask("R1", P1);
        Map<String, Object> submitted = scores(80L, 80L, 80L, null);
        submitted.put(Var.PROPOSAL_ID, P1);
        ProposalSheet.KEYS.forEach(key -> submitted.put(key, taskService().getVariable(task.getId(), key)));
        submitted.put(Var.TITLE, "被改写 overwritten");

        identityService().setAuthenticatedUserId("R1");
        try {
            formService().submitTaskForm(task.getId(), submitted);
        } finally {
            identityService().clearAuthentication();
        }

        assertThat(commands.sent(RecordScoreCommand.class)).hasSize(1);
        assertThat(taskService().getVariable(scoringTask("R2", P1).getId(), Var.TITLE)).isEqualTo(title(P1));
        assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(appraisal.getId())
                .variableNameIn(ProposalSheet.KEYS.toArray(String[]::new)).list())
                .as("only the open tasks' own sheets").hasSize(5 * ProposalSheet.KEYS.size())
                .allSatisfy(variable -> assertThat(variable.getTaskId()).isNotNull());
    }

    @Test
    void aProposalTheReadModelDoesNotKnowYetShowsAPlaceholderAndItsTasksAreCreated() {
        proposals = id -> P1.equals(id) ? Optional.empty() : Optional.of(detail(id));
        start();
        namePanel("R1, R2, R3", 3);
        executeJobs();

        assertThat(scoringTasks()).hasSize(6);
        Map<String, Object> shown = taskService().getVariablesLocal(scoringTask("R1", P1).getId());
        assertThat(shown).containsKeys(ProposalSheet.KEYS.toArray(String[]::new))
                .containsEntry(Var.TITLE, ProposalSheet.UNAVAILABLE_TITLE)
                .containsEntry(Var.PROBLEM, null);
        assertThat(taskService().getVariable(scoringTask("R2", P2).getId(), Var.TITLE)).isEqualTo(title(P2));
    }

    @Test
    void aFailingReadModelDoesNotFailTaskCreation() {
        proposals = id -> {
            throw new IllegalStateException("read model unavailable");
        };
        start();
        namePanel("R1, R2, R3", 3);
        executeJobs();

        assertThat(scoringTasks()).hasSize(6).allSatisfy(task -> assertThat(
                taskService().getVariableLocal(task.getId(), Var.TITLE)).isEqualTo(ProposalSheet.UNAVAILABLE_TITLE));
        assertThat(managementService().createJobQuery().withException().count()).isZero();
    }

    // --- size ----------------------------------------------------------------------------------

    @Test
    void aRoundOf500ProposalsCreatesItsScoringTasksBatchByBatchInJobs() {
        pool = IntStream.rangeClosed(1, 500)
                .mapToObj(i -> entry(String.format("3f6c1d0e-0000-4000-8000-%012d", i), "U" + (i % 7)))
                .toList();
        ProcessInstance appraisal = start();

        namePanel("R1, R2, R3, R4, R5, R6", 3);

        int batches = 500 / QuarterlyAppraisal.BATCH_SIZE;
        int perBatch = QuarterlyAppraisal.BATCH_SIZE * 3;
        assertThat(appraisal).variables().containsEntry(Var.SCORING_BATCH_COUNT, batches)
                .containsEntry(Var.SCORING_TASK_COUNT, 1500);
        assertThat(taskService().createTaskQuery().processInstanceId(appraisal.getId()).count())
                .as("naming the panel creates no scoring task").isZero();
        List<Job> jobs = managementService().createJobQuery().processInstanceId(appraisal.getId()).list();
        assertThat(jobs).hasSize(batches);

        managementService().executeJob(jobs.get(0).getId());
        assertThat(scoringTaskCount()).as("one job, one batch").isEqualTo(perBatch);
        for (Job job : jobs.subList(1, jobs.size())) {
            long before = scoringTaskCount();
            managementService().executeJob(job.getId());
            assertThat(scoringTaskCount() - before).isEqualTo(perBatch);
        }

        assertThat(scoringTaskCount()).isEqualTo(1500);
        Map<String, Long> perScorer = scoringTasks().stream()
                .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
        assertThat(perScorer).containsOnlyKeys("R1", "R2", "R3", "R4", "R5", "R6");
        assertThat(perScorer.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1500);
        Set<Object> proposalScopes = runtimeService().createVariableInstanceQuery()
                .processInstanceIdIn(appraisal.getId()).variableName(Var.PROPOSAL_ID).list().stream()
                .map(VariableInstance::getValue).collect(Collectors.toSet());
        assertThat(proposalScopes).as("one scope per proposal").hasSize(500);
        assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(appraisal.getId())
                .variableName(Var.TITLE).list())
                .as("each task's sheet is its own, none in a shared scope").hasSize(1500)
                .allSatisfy(title -> assertThat(title.getTaskId()).isNotNull());
    }

    // --- helpers -------------------------------------------------------------------------------

    private ProcessInstance start() {
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

    private void namePanel(String members, int perProposal) {
        complete(task(Activity.NAME_PANEL), LEADER,
                Map.of(Var.PANEL_MEMBER_IDS, members, Var.SCORERS_PER_PROPOSAL, (long) perProposal));
    }

    /** A two-proposal round, scored, ranked and approved: in its publicity period. */
    private ProcessInstance inPublicity() {
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

    private void raiseObjection(String objectionId, String proposalId) {
        round.objectionRaised(objectionId, proposalId);
        bridge.on(objection(objectionId, proposalId));
    }

    private ObjectionRaisedEvent objection(String objectionId, String proposalId) {
        return new ObjectionRaisedEvent(ROUND, objectionId, proposalId, "W009", "数据不实 figures overstated",
                clock.instant());
    }

    /** Moves both clocks to the timer's due date and fires it. */
    private void passPublicity() {
        Job timer = publicityTimer();
        clock.set(timer.getDuedate().toInstant());
        managementService().executeJob(timer.getId());
    }

    private Job publicityTimer() {
        List<Job> timers = publicityTimers();
        assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    private List<Job> publicityTimers() {
        return managementService().createJobQuery().timers().activityId(Activity.PUBLICITY_ELAPSED).list();
    }

    private void scoreAll() {
        for (Task task : scoringTasks()) {
            score(task, 80, 80, 80, null);
        }
        executeJobs();
    }

    private void score(Task task, Object feasibility, Object benefit, Object promotability, String comment) {
        complete(task, task.getAssignee(), scores(feasibility, benefit, promotability, comment));
    }

    private static Map<String, Object> scores(Object feasibility, Object benefit, Object promotability, String comment) {
        Map<String, Object> values = new HashMap<>();
        values.put(Var.FEASIBILITY, feasibility);
        values.put(Var.BENEFIT, benefit);
        values.put(Var.PROMOTABILITY, promotability);
        values.put(Var.COMMENT, comment);
        return values;
    }

    private void complete(Task task, String userId, Map<String, Object> variables) {
        identityService().setAuthenticatedUserId(userId);
        try {
            taskService().complete(task.getId(), variables);
        } finally {
            identityService().clearAuthentication();
        }
    }

    /** Runs every due job, including those the jobs create, like the job executor would. */
    private void executeJobs() {
        executeJobsBut(null);
    }

    /** Runs every due job except those of one activity. */
    private void executeJobsBut(String activityId) {
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
    private static Task task() {
        List<Task> open = taskService().createTaskQuery().list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    /** The one open task of this activity. */
    private static Task task(String activityId) {
        List<Task> open = taskService().createTaskQuery().taskDefinitionKey(activityId).list();
        assertThat(open).as("open tasks of " + activityId).hasSize(1);
        return open.get(0);
    }

    private List<Task> scoringTasks() {
        return taskService().createTaskQuery().taskDefinitionKey(Activity.SCORE_PROPOSAL).list();
    }

    private long scoringTaskCount() {
        return taskService().createTaskQuery().taskDefinitionKey(Activity.SCORE_PROPOSAL).count();
    }

    private Task scoringTask(String scorerId, String proposalId) {
        return scoringTasks().stream()
                .filter(task -> task.getAssignee().equals(scorerId)
                        && proposalId.equals(taskService().getVariable(task.getId(), Var.PROPOSAL_ID)))
                .findFirst().orElseThrow();
    }

    private static String formKey(Task task) {
        return formService().getTaskFormData(task.getId()).getCamundaFormRef().getKey();
    }

    private static Set<String> formKeys(InputStream form) throws Exception {
        try (InputStream in = form) {
            JsonNode json = new ObjectMapper().readTree(in);
            return new HashSet<>(json.get("components").findValuesAsText("key"));
        }
    }

    private static RuleViolation ruleViolationIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation;
            }
        }
        throw new AssertionError("no RuleViolation in " + failure);
    }

    private static String title(String proposalId) {
        return "皮带机张紧装置改进 " + proposalId;
    }

    /** The read model's view of a proposal of the pool (unit U0n for proposal …n). */
    private static ProposalDetail detail(String proposalId) {
        return new ProposalDetail(proposalId, title(proposalId), ProposalType.INNOVATION, "JIDIAN",
                "U0" + proposalId.charAt(proposalId.length() - 1), "A001", "M001", 2025, 2, ProposalStatus.ACCEPTED, 1,
                false, null, null, "张紧力不足，皮带打滑 " + proposalId, "增设液压自动张紧装置",
                new BigDecimal("120000.50"), "减少断带事故", new BigDecimal("3500"), NOW.minus(Duration.ofDays(40)),
                NOW.minus(Duration.ofDays(30)), List.of(new Author("A001", 60), new Author("A002", 40)), List.of(),
                List.of());
    }

    private static PoolEntry entry(String proposalId, String unitId) {
        return new PoolEntry(proposalId, unitId, List.of(new Author("A-" + proposalId.substring(30), 100)), null);
    }
}
