package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Activity;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Form;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.proposal.ProposalSheet;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * Scoring: the scorers' tasks, batch by batch, the scores they record, and the consensus re-review
 * of a proposal whose scores spread too far.
 */
class QuarterlyAppraisalScoringTest extends QuarterlyAppraisalTestSupport {

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
                .as("the union office sees what it re-reviews").containsEntry(ProposalSheet.TITLE, title(P2));
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
                .variableName(ProposalSheet.TITLE).list())
                .as("each task's sheet is its own, none in a shared scope").hasSize(1500)
                .allSatisfy(title -> assertThat(title.getTaskId()).isNotNull());
    }

    private long scoringTaskCount() {
        return taskService().createTaskQuery().taskDefinitionKey(Activity.SCORE_PROPOSAL).count();
    }

    private static RuleViolation ruleViolationIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation;
            }
        }
        throw new AssertionError("no RuleViolation in " + failure);
    }
}
