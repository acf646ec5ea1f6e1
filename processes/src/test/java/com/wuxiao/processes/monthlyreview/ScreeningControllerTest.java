package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import com.wuxiao.processes.engine.EngineUser;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Var;
import com.wuxiao.processes.testing.TestEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.security.Principal;
import java.util.List;

import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.COORDINATORS;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * POST /api/screenings/{proposalId} on a real engine, as a coordinator of the unit: which task it
 * completes when the proposal has more than one (a second review started by hand beside the bridge's).
 */
@Deployment(resources = {"bpmn/monthly-review.bpmn", "forms/screen-proposal.form"})
class ScreeningControllerTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.engine())
            .build();

    private static final Principal C001 = () -> "C001";
    private static final ScreeningRequest ACCEPT = new ScreeningRequest(ScreeningOutcome.ACCEPT, "同意", null);

    private MonthlyReviewDriver review;
    private ScreeningController controller;
    private IdentityService identity;

    @BeforeEach
    void setUp() {
        review = new MonthlyReviewDriver(extension.getProcessEngine());
        identity = extension.getProcessEngine().getIdentityService();
        identity.saveUser(identity.newUser("C001"));
        identity.saveGroup(identity.newGroup(COORDINATORS));
        identity.createMembership("C001", COORDINATORS);
        controller = new ScreeningController(taskService(), new EngineUser(identity));
    }

    @AfterEach
    void tearDown() {
        identity.deleteMembership("C001", COORDINATORS);
        identity.deleteGroup(COORDINATORS);
        identity.deleteUser("C001");
        review.close();
    }

    @Test
    void theOneTaskIsScreened() {
        ProcessInstance first = review.submit();

        assertThat(controller.screen(PROPOSAL, ACCEPT, C001).getStatusCode().value()).isEqualTo(204);

        assertThat(review.commands.sent(ScreenProposalCommand.class)).singleElement()
                .satisfies(screened -> assertThat(screened.processCommandId())
                        .isEqualTo(first.getId() + ":recordScreening:1"));
    }

    /** The proposal takes the screening of its current revision only: the stale task is left alone. */
    @Test
    void ofSeveralTasksTheOneOfTheLatestRevisionIsScreened() {
        ProcessInstance stale = review.submit();
        ProcessInstance current = beside(stale, 2);

        controller.screen(PROPOSAL, ACCEPT, C001);

        assertThat(review.commands.sent(ScreenProposalCommand.class)).singleElement().satisfies(screened -> {
            assertThat(screened.revision()).isEqualTo(2);
            assertThat(screened.processCommandId()).isEqualTo(current.getId() + ":recordScreening:2");
            assertThat(screened.screenerId()).isEqualTo("C001");
        });
        assertThat(openTasks()).extracting(Task::getProcessInstanceId).containsExactly(stale.getId());
    }

    @Test
    void twoTasksOfTheSameRevisionAreAConflictNotAGuess() {
        ProcessInstance first = review.submit();
        beside(first, 1);

        assertThatThrownBy(() -> controller.screen(PROPOSAL, ACCEPT, C001))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                    assertThat(violation.code()).isEqualTo("screening-ambiguous");
                    assertThat(violation.messageZh()).contains("第 1 版有 2 个待您初审的任务").contains("Tasklist");
                    assertThat(violation.messageEn()).contains("2 screenings of revision 1").contains("Tasklist");
                });
        assertThat(review.commands.sent()).isEmpty();
        assertThat(openTasks()).hasSize(2);
    }

    @Test
    void noTaskIsNotFound() {
        assertThatThrownBy(() -> controller.screen(PROPOSAL, ACCEPT, C001))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                    assertThat(violation.code()).isEqualTo("screening-not-found");
                });
    }

    /** A second review of the proposal, as an operator could start one in Cockpit, at {@code revision}. */
    private static ProcessInstance beside(ProcessInstance review, int revision) {
        return runtimeService().createProcessInstanceByKey(MonthlyReview.PROCESS_KEY).businessKey(PROPOSAL)
                .setVariables(runtimeService().getVariables(review.getId()))
                .setVariable(Var.REVISION, revision)
                .execute();
    }

    private static List<Task> openTasks() {
        return taskService().createTaskQuery().processInstanceBusinessKey(PROPOSAL).list();
    }
}
