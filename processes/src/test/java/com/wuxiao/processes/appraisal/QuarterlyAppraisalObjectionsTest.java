package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.DecideObjectionCommand;
import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Activity;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Form;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.proposal.ProposalSheet;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * Objections in the publicity period: deciding them, an upheld one sending the round back to ranking,
 * repeated deliveries, and objections held between two publicity periods.
 */
class QuarterlyAppraisalObjectionsTest extends QuarterlyAppraisalTestSupport {

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
                .containsEntry(ProposalSheet.TITLE, title(P1))
                .containsEntry(ProposalSheet.PROBLEM, "张紧力不足，皮带打滑 " + P1);
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
        assertThat(taskService().getVariablesLocal(reReview.getId())).containsEntry(ProposalSheet.TITLE, title(P2));
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
        assertThat(taskService().getVariablesLocal(decide.getId())).containsEntry(ProposalSheet.TITLE, title(P2));
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
}
