package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.EscalateScreeningCommand;
import com.wuxiao.command.proposal.api.ExpireReturnedProposalCommand;
import com.wuxiao.command.proposal.api.ProposalWithdrawnEvent;
import com.wuxiao.command.proposal.api.RejectionReason;
import com.wuxiao.command.proposal.api.ReturnedProposalExpiry.Outcome;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import com.wuxiao.command.proposal.api.WithdrawalReason;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Activity;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Var;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.processes.testing.TestEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Date;

import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.COORDINATORS;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.NOW;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.PROPOSAL;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.REVISED_AT;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.revised;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.runningReviews;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.screenAs;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** The monthly-review BPMN's paths, driven through the real bridge and delegates ({@link MonthlyReviewDriver}). */
@Deployment(resources = {"bpmn/monthly-review.bpmn", "forms/screen-proposal.form"})
class MonthlyReviewProcessTest {

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
    void coordinatorAccepts() {
        ProcessInstance instance = review.submit();

        assertThat(instance).isStarted().isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(task()).hasCandidateGroup(COORDINATORS).hasDueDate(Date.from(NOW.plus(Duration.ofDays(7))));

        screenAs("C001", "outcome", "ACCEPT", "comment", "思路清晰 clear");

        assertThat(instance).hasPassedInOrder(Activity.SCREEN_PROPOSAL, Activity.RECORD_SCREENING, Activity.ACCEPTED)
                .isEnded();
        assertThat(review.commands.sent()).singleElement().isEqualTo(new ScreenProposalCommand(PROPOSAL, "C001", 1,
                ScreeningOutcome.ACCEPT, "思路清晰 clear", null, instance.getId() + ":recordScreening:1", NOW));
    }

    @Test
    void returnedThenRevisedThenAccepted() {
        ProcessInstance instance = review.submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充图纸 add drawings");

        assertThat(instance).isWaitingAt(Activity.AWAIT_REVISION).isWaitingFor(MonthlyReview.Message.PROPOSAL_REVISED);
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(14))));

        review.bridge.on(revised(2));

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL).variables()
                .containsEntry(Var.REVISION, 2)
                .containsEntry(ProposalSheet.TITLE, "皮带机张紧装置改进（修订）")
                .containsEntry(Var.LAST_COMMENT, "请补充图纸 add drawings")
                .containsEntry(Var.OUTCOME, null)
                .containsEntry(Var.COMMENT, null);
        assertThat(task()).hasCandidateGroup(COORDINATORS).hasDueDate(Date.from(REVISED_AT.plus(Duration.ofDays(7))));

        screenAs("C002", "outcome", "ACCEPT");

        assertThat(instance).hasPassed(Activity.PROPOSAL_REVISED, Activity.ACCEPTED).isEnded();
        assertThat(review.commands.sent(ScreenProposalCommand.class))
                .extracting(ScreenProposalCommand::revision, ScreenProposalCommand::outcome,
                        ScreenProposalCommand::screenerId, ScreenProposalCommand::processCommandId)
                .containsExactly(
                        tuple(1, ScreeningOutcome.RETURN, "C001", instance.getId() + ":recordScreening:1"),
                        tuple(2, ScreeningOutcome.ACCEPT, "C002", instance.getId() + ":recordScreening:2"));
        assertThat(review.commands.sent(ExpireReturnedProposalCommand.class)).isEmpty();
    }

    @Test
    void returnedAndNotRevisedWithinTheWindowIsExpired() {
        ProcessInstance instance = review.submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充数据 add data");

        Job revisionWindow = job();
        assertThat(revisionWindow).hasDueDate(Date.from(NOW.plus(Duration.ofDays(14))));
        execute(revisionWindow);

        assertThat(instance).hasPassedInOrder(Activity.REVISION_WINDOW_ELAPSED, Activity.EXPIRE_RETURNED,
                Activity.EXPIRY_OUTCOME, Activity.WITHDRAWN_EXPIRED).hasNotPassed(Activity.PROPOSAL_REVISED).isEnded();
        assertThat(review.commands.sent(ExpireReturnedProposalCommand.class)).singleElement().isEqualTo(
                new ExpireReturnedProposalCommand(PROPOSAL, 1, instance.getId() + ":expireReturned:1", NOW));
    }

    /**
     * The author revised just before the window closed: the proposal kept the revision and answered
     * the expiry so, and the review waits for the revision's message instead of ending.
     */
    @Test
    void aRevisionThatBeatTheExpiryIsAwaitedAndScreened() {
        ProcessInstance instance = review.submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充数据 add data");
        review.expiryAnswers(Outcome.REVISED);

        execute(job());

        assertThat(instance).isWaitingAt(Activity.REVISED_IN_TIME).isWaitingFor(MonthlyReview.Message.PROPOSAL_REVISED)
                .hasNotPassed(Activity.WITHDRAWN_EXPIRED);
        review.bridge.on(revised(2));
        review.bridge.on(revised(2));

        assertThat(runningReviews()).isEqualTo(1);
        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL).variables()
                .containsEntry(Var.REVISION, 2)
                .containsEntry(ProposalSheet.TITLE, "皮带机张紧装置改进（修订）")
                .containsEntry(Var.LAST_COMMENT, "请补充数据 add data");
        screenAs("C001", "outcome", "ACCEPT");

        assertThat(instance).hasPassed(Activity.REVISED_IN_TIME, Activity.ACCEPTED).isEnded();
        assertThat(review.commands.sent(ScreenProposalCommand.class)).last().satisfies(screened -> {
            assertThat(screened.revision()).isEqualTo(2);
            assertThat(screened.processCommandId()).isEqualTo(instance.getId() + ":recordScreening:2");
        });
    }

    /** E.g. the author withdrew just before the timer fired: nothing is left to review. */
    @Test
    void anExpiryWithNothingToExpireEndsTheReview() {
        ProcessInstance instance = review.submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充数据 add data");
        review.expiryAnswers(Outcome.UNCHANGED);

        execute(job());

        assertThat(instance).hasPassed(Activity.NOTHING_TO_EXPIRE).hasNotPassed(Activity.WITHDRAWN_EXPIRED).isEnded();
    }

    @Test
    void coordinatorRejectsWithReason() {
        ProcessInstance instance = review.submit();

        screenAs("C001", "outcome", "REJECT", "rejectionReason", "DUPLICATE", "comment", "与P-2024-0100重复");

        assertThat(instance).hasPassed(Activity.REJECTED).hasNotPassed(Activity.ACCEPTED).isEnded();
        ScreenProposalCommand screened = review.commands.sent(ScreenProposalCommand.class).get(0);
        assertThat(screened.outcome()).isEqualTo(ScreeningOutcome.REJECT);
        assertThat(screened.rejectionReason()).isEqualTo(RejectionReason.DUPLICATE);
        assertThat(screened.comment()).isEqualTo("与P-2024-0100重复");
    }

    @Test
    void overdueScreeningEscalatesToTheUnionOffice() {
        ProcessInstance instance = review.submit();

        Job overdue = job();
        assertThat(overdue).hasDueDate(Date.from(NOW.plus(Duration.ofDays(7))));
        execute(overdue);

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL_ESCALATED)
                .hasPassed(Activity.SCREENING_OVERDUE, Activity.ESCALATE_SCREENING);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        assertThat(task()).hasDefinitionKey(Activity.SCREEN_PROPOSAL_ESCALATED)
                .hasCandidateGroup(COORDINATORS).hasCandidateGroup("UNION_LEADER");
        assertThat(review.commands.sent(EscalateScreeningCommand.class)).singleElement().isEqualTo(
                new EscalateScreeningCommand(PROPOSAL, 1, instance.getId() + ":escalateScreening:1", NOW));

        screenAs("L001", "outcome", "ACCEPT");

        assertThat(instance).hasPassed(Activity.ACCEPTED).isEnded();
        ScreenProposalCommand screened = review.commands.sent(ScreenProposalCommand.class).get(0);
        assertThat(screened.screenerId()).isEqualTo("L001");
        assertThat(screened.processCommandId()).isEqualTo(instance.getId() + ":recordScreening:1");
    }

    @Test
    void authorWithdrawalEndsTheReviewAndItsTasks() {
        ProcessInstance instance = review.submit();

        review.bridge.on(new ProposalWithdrawnEvent(PROPOSAL, "A001", WithdrawalReason.BY_AUTHOR, NOW));

        assertThat(instance).hasPassed(Activity.WITHDRAWN).hasNotPassed(Activity.RECORD_SCREENING).isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(review.commands.sent()).isEmpty();
    }

    @Test
    void authorWithdrawalWhileReturnedEndsTheReview() {
        ProcessInstance instance = review.submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充 add more");

        review.bridge.on(new ProposalWithdrawnEvent(PROPOSAL, "A001", WithdrawalReason.BY_AUTHOR, NOW));

        assertThat(instance).hasPassed(Activity.WITHDRAWN).isEnded();
        assertThat(review.commands.sent(ExpireReturnedProposalCommand.class)).isEmpty();
    }

    @Test
    void expiryWithdrawalEventLeavesTheProcessAlone() {
        ProcessInstance instance = review.submit();

        review.bridge.on(new ProposalWithdrawnEvent(PROPOSAL, null, WithdrawalReason.NOT_REVISED_IN_TIME, NOW));

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL);
    }

    @Test
    void completionWithoutAuthenticatedUserIsRefused() {
        ProcessInstance instance = review.submit();
        Task task = task();

        // Camunda wraps listener exceptions; the message still reaches Tasklist.
        assertThatThrownBy(() -> complete(task, withVariables(Var.OUTCOME, "ACCEPT")))
                .hasRootCauseInstanceOf(RuleViolation.class)
                .hasMessageContaining("Cannot tell who screened");

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(review.commands.sent()).isEmpty();
    }

    @Test
    void rejectedCommandRollsBackTheCompletion() {
        ProcessInstance instance = review.submit();
        review.commands.rejectWith(command -> command instanceof ScreenProposalCommand
                ? RuleViolation.invalid("comment-required", "comment")
                : null);
        identityService().setAuthenticatedUserId("C001");

        assertThatThrownBy(() -> complete(task(), withVariables(Var.OUTCOME, "RETURN")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("a returned proposal needs a comment");

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL).hasNotPassed(Activity.RECORD_SCREENING);
        assertThat(task()).hasCandidateGroup(COORDINATORS);
        assertThat(runtimeService().getVariable(instance.getId(), Var.OUTCOME)).isNull();
    }

    @Test
    void theSameSubmissionAgainWhileItsReviewRunsStartsNoSecond() {
        review.submit();

        review.bridge.on(submitted());

        assertThat(runningReviews()).isEqualTo(1);
    }

    @Test
    void aRevisionDeliveredAgainChangesNothing() {
        ProcessInstance instance = review.submit();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充图纸 add drawings");
        review.bridge.on(revised(2));
        screenAs("C001", "outcome", "RETURN", "comment", "还缺成本 cost missing");
        assertThat(instance).isWaitingAt(Activity.AWAIT_REVISION);

        review.bridge.on(revised(2));

        assertThat(instance).isWaitingAt(Activity.AWAIT_REVISION).variables().containsEntry(Var.REVISION, 2);
    }

    @Test
    void aRevisionWithoutARunningReviewStartsNone() {
        review.bridge.on(revised(2));

        assertThat(runningReviews()).isZero();
    }

    @Test
    void theYearsOwnDeadlinesDriveTheTimers() {
        ReviewDeadlines year = new ReviewDeadlines(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(5));
        review.bridge.on(submitted(year));
        ProcessInstance instance = MonthlyReviewDriver.review();

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(3))));
        assertThat(task()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(3))));
        screenAs("C001", "outcome", "RETURN", "comment", "补充数据");
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(10))));

        review.bridge.on(revised(2, year));
        assertThat(task()).hasDueDate(Date.from(REVISED_AT.plus(Duration.ofDays(3))));
        screenAs("C001", "outcome", "RETURN", "comment", "还缺成本");
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(10))));
    }

    /** Events stored before revisions carried their deadlines: the review keeps those of the declaration. */
    @Test
    void aRevisionStoredWithoutDeadlinesKeepsTheReviewsOwn() {
        review.bridge.on(submitted(new ReviewDeadlines(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(5))));
        MonthlyReviewDriver.review();
        screenAs("C001", "outcome", "RETURN", "comment", "补充数据");

        review.bridge.on(revised(2, null));

        assertThat(task()).hasDueDate(Date.from(REVISED_AT.plus(Duration.ofDays(3))));
        assertThat(job()).hasDueDate(Date.from(REVISED_AT.plus(Duration.ofDays(3))));
        screenAs("C001", "outcome", "RETURN", "comment", "还缺成本");
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(10))));
    }
}
