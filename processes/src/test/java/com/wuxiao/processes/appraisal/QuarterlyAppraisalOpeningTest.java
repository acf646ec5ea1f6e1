package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.AssignScorersCommand;
import com.wuxiao.command.appraisal.api.NamePanelCommand;
import com.wuxiao.command.appraisal.api.OpenAppraisalRoundCommand;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.engine.EngineUser;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Activity;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Form;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

/** Opening a round: who may start it, how, over which pool; then naming its panel. */
class QuarterlyAppraisalOpeningTest extends QuarterlyAppraisalTestSupport {

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
}
