package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.ProposalScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/** What the scoring tasks show of a proposal: its sheet, task-local, whatever the read model answers. */
class QuarterlyAppraisalTaskSheetTest extends QuarterlyAppraisalTestSupport {

    @Test
    void eachScoringTaskShowsTheProposalSheetAsItsOwnVariables() throws Exception {
        ProcessInstance appraisal = start();
        namePanel("R1, R2, R3", 3);
        executeJobs();

        Task task = scoringTask("R2", P2);
        assertThat(taskService().getVariablesLocal(task.getId()))
                .containsEntry(ProposalSheet.TITLE, title(P2))
                .containsEntry(ProposalSheet.TYPE_LABEL, "INNOVATION 小革新")
                .containsEntry(ProposalSheet.CATEGORY_CODE, "JIDIAN")
                .containsEntry(ProposalSheet.UNIT_ID, "U02")
                .containsEntry(ProposalSheet.AUTHORS_TEXT, "A001 (60%), A002 (40%)")
                .containsEntry(ProposalSheet.MENTOR_ID, "M001")
                .containsEntry(ProposalSheet.PROBLEM, "张紧力不足，皮带打滑 " + P2)
                .containsEntry(ProposalSheet.SOLUTION, "增设液压自动张紧装置")
                .containsEntry(ProposalSheet.EXPECTED_ECONOMIC_BENEFIT, "120000.50")
                .containsEntry(ProposalSheet.EXPECTED_SAFETY_BENEFIT, "减少断带事故")
                .containsEntry(ProposalSheet.MATERIAL_COST, "3500");
        assertThat(formKeys(formService().getDeployedTaskForm(task.getId()))).containsAll(ProposalSheet.SHOWN);
        assertThat(queries.queries(FindProposalQuery.class)).as("one question per task, without the duplicate scan")
                .hasSize(6)
                .contains(new FindProposalQuery(P2, ProposalScope.everything(), false));
        assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(appraisal.getId())
                .variableName(ProposalSheet.TITLE).list())
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
        submitted.put(ProposalSheet.TITLE, "被改写 overwritten");

        identityService().setAuthenticatedUserId("R1");
        try {
            formService().submitTaskForm(task.getId(), submitted);
        } finally {
            identityService().clearAuthentication();
        }

        assertThat(commands.sent(RecordScoreCommand.class)).hasSize(1);
        assertThat(taskService().getVariable(scoringTask("R2", P1).getId(), ProposalSheet.TITLE)).isEqualTo(title(P1));
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
                .containsEntry(ProposalSheet.TITLE, ProposalSheet.UNAVAILABLE_TITLE)
                .containsEntry(ProposalSheet.PROBLEM, null);
        assertThat(taskService().getVariable(scoringTask("R2", P2).getId(), ProposalSheet.TITLE)).isEqualTo(title(P2));
    }

    @Test
    void aFailingReadModelDoesNotFailTaskCreation() {
        proposals = id -> {
            throw new IllegalStateException("read model unavailable");
        };
        start();
        namePanel("R1, R2, R3", 3);
        executeJobs();

        assertThat(scoringTasks()).hasSize(6).allSatisfy(task -> assertThat(taskService()
                .getVariableLocal(task.getId(), ProposalSheet.TITLE)).isEqualTo(ProposalSheet.UNAVAILABLE_TITLE));
        assertThat(managementService().createJobQuery().withException().count()).isZero();
    }
}
