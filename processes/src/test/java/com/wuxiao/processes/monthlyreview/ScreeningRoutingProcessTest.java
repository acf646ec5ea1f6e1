package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Activity;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Var;
import com.wuxiao.processes.testing.TestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.COORDINATORS;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.UNIT;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.UNION_OFFICE;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.candidatesOf;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.revised;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.screenAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Conflicts of interest: to whom the screening is offered. No coordinator screens what they author,
 * co-author or mentor; the others by name, or the union office when none is left.
 */
@Deployment(resources = {"bpmn/monthly-review.bpmn", "forms/screen-proposal.form"})
class ScreeningRoutingProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.engine())
            .build();

    private MonthlyReviewDriver review;

    @BeforeEach
    void setUp() {
        review = new MonthlyReviewDriver(extension.getProcessEngine());
    }

    @AfterEach
    void tearDown() {
        review.close();
    }

    @Test
    void withNoCoordinatorTiedTheUnitsGroupScreensAndAfterEscalationTheUnionOfficeToo() {
        ProcessInstance instance = review.submit();

        assertThat(candidatesOf(task())).containsExactly("group:" + COORDINATORS);

        execute(job());

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL_ESCALATED);
        assertThat(candidatesOf(task())).containsExactlyInAnyOrder("group:" + COORDINATORS, "group:" + UNION_OFFICE);
    }

    @Test
    void aCoAuthoringCoordinatorIsLeftOutAndTheOtherScreens() {
        ProcessInstance instance = review.submit(List.of(new Author("A001", 60), new Author("C001", 40)), null);

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL).variables()
                .containsEntry(Var.CANDIDATE_GROUPS, "")
                .containsEntry(Var.CANDIDATE_USERS, "C002");
        assertThat(task()).hasCandidateUser("C002");
        assertThat(candidatesOf(task())).as("not the unit's group, which C001 belongs to")
                .containsExactly("user:C002");

        screenAs("C002", "outcome", "ACCEPT");

        assertThat(instance).hasPassed(Activity.ACCEPTED).isEnded();
        assertThat(review.commands.sent(ScreenProposalCommand.class)).singleElement()
                .satisfies(screened -> assertThat(screened.screenerId()).isEqualTo("C002"));
    }

    @Test
    void theEscalatedTaskOfATiedCoordinatorGoesToTheOtherAndTheUnionOffice() {
        ProcessInstance instance = review.submit(List.of(new Author("A001", 100)), "C001");
        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL);

        execute(job());

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL_ESCALATED);
        assertThat(task()).hasCandidateUser("C002").hasCandidateGroup(UNION_OFFICE);
        assertThat(candidatesOf(task())).containsExactlyInAnyOrder("user:C002", "group:" + UNION_OFFICE);
    }

    @Test
    void withEveryCoordinatorTiedTheUnionOfficeScreensAtOnce() {
        ProcessInstance instance = review.submit(List.of(new Author("C001", 70), new Author("A001", 30)), "C002");

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(task()).hasCandidateGroup(UNION_OFFICE);
        assertThat(candidatesOf(task())).containsExactly("group:" + UNION_OFFICE);

        execute(job());

        assertThat(candidatesOf(task())).as("the union office once, no coordinator")
                .containsExactly("group:" + UNION_OFFICE);
        screenAs("L001", "outcome", "ACCEPT");
        assertThat(instance).hasPassed(Activity.ACCEPTED).isEnded();
    }

    @Test
    void aUnitWithoutCoordinatorsGoesToTheUnionOffice() {
        review.coordinators.remove(UNIT);

        review.submit();

        assertThat(candidatesOf(task())).containsExactly("group:" + UNION_OFFICE);
    }

    @Test
    void aRevisionIsRoutedByItsOwnAuthors() {
        ProcessInstance instance = review.submit(List.of(new Author("A001", 60), new Author("C001", 40)), null);
        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(candidatesOf(task())).containsExactly("user:C002");
        screenAs("C002", "outcome", "RETURN", "comment", "请补充图纸 add drawings");

        review.bridge.on(revised(2));

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(candidatesOf(task())).as("C001 is no author of revision 2").containsExactly("group:" + COORDINATORS);
    }
}
