package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Activity;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Form;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * Ranking, its approval, and finalisation when the publicity period ends, also when an objection
 * is still undecided or on its way then.
 */
class QuarterlyAppraisalRankingTest extends QuarterlyAppraisalTestSupport {

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
}
