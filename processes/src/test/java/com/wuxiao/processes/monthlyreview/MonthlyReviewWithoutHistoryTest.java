package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.proposal.api.EscalateScreeningCommand;
import com.wuxiao.command.proposal.api.ExpireReturnedProposalCommand;
import com.wuxiao.command.proposal.api.ReturnedProposalExpiry.Outcome;
import com.wuxiao.command.proposal.api.ScreenProposalCommand;
import com.wuxiao.command.proposal.api.ScreeningOutcome;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Activity;
import com.wuxiao.processes.monthlyreview.MonthlyReview.Var;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.processes.testing.TestEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.UNION_OFFICE;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.revised;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.runningReviews;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.screenAs;
import static com.wuxiao.processes.monthlyreview.MonthlyReviewDriver.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * The monthly review on an engine that keeps no history at all (history level NONE), as it runs at
 * any level or after the history's clean-up: the bridge, listeners and delegates need none. Only
 * runtime state is asserted; "ended" means no running instance is left.
 */
@Deployment(resources = {"bpmn/monthly-review.bpmn", "forms/screen-proposal.form"})
class MonthlyReviewWithoutHistoryTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TestEngine.withoutHistory())
            .build();

    /** Not the year's defaults, so a timer that took them from anywhere else would show. */
    private static final ReviewDeadlines DEADLINES =
            new ReviewDeadlines(Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(5));

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
    void theEngineKeepsNoHistory() {
        assertThat(((ProcessEngineConfigurationImpl) extension.getProcessEngine().getProcessEngineConfiguration())
                .getHistoryLevel().getName()).isEqualTo(ProcessEngineConfiguration.HISTORY_NONE);
        review.bridge.on(submitted(DEADLINES));

        assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
        assertThat(historyService().createHistoricVariableInstanceQuery().count()).isZero();
    }

    /** Declaration, return, revision, escalation, another return and the expiry, start to end. */
    @Test
    void aReviewRunsThroughRevisionEscalationAndExpiry() {
        review.bridge.on(submitted(DEADLINES));
        ProcessInstance instance = MonthlyReviewDriver.review();
        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL);
        assertThat(task()).hasCandidateGroup(COORDINATORS).hasDueDate(Date.from(NOW.plus(Duration.ofDays(3))));
        screenAs("C001", "outcome", "RETURN", "comment", "请补充图纸 add drawings");
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(10))));

        review.bridge.on(revised(2, DEADLINES));

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL).variables()
                .containsEntry(Var.REVISION, 2)
                .containsEntry(ProposalSheet.UNIT_ID, MonthlyReviewDriver.UNIT)
                .containsEntry(ProposalSheet.UNIT_NAME, "综采一队 U07")
                .containsEntry(ProposalSheet.CATEGORY_NAME, "机电运输 JIDIAN")
                .containsEntry(Var.LAST_COMMENT, "请补充图纸 add drawings");
        assertThat(task()).hasCandidateGroup(COORDINATORS).hasDueDate(Date.from(REVISED_AT.plus(Duration.ofDays(3))));

        execute(job());   // the revision's screening is overdue
        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL_ESCALATED);
        assertThat(task()).hasCandidateGroup(UNION_OFFICE);
        screenAs("L001", "outcome", "RETURN", "comment", "还缺成本 cost missing");
        assertThat(instance).isWaitingAt(Activity.AWAIT_REVISION);
        assertThat(job()).hasDueDate(Date.from(NOW.plus(Duration.ofDays(10))));

        execute(job());   // not revised again within the window

        assertThat(runningReviews()).isZero();
        assertThat(review.commands.sent()).extracting(Object::getClass).containsExactly(ScreenProposalCommand.class,
                EscalateScreeningCommand.class, ScreenProposalCommand.class, ExpireReturnedProposalCommand.class);
        assertThat(review.commands.sent(ScreenProposalCommand.class))
                .extracting(ScreenProposalCommand::revision, ScreenProposalCommand::outcome)
                .containsExactly(tuple(1, ScreeningOutcome.RETURN), tuple(2, ScreeningOutcome.RETURN));
        assertThat(review.commands.sent(EscalateScreeningCommand.class)).singleElement()
                .satisfies(escalate -> assertThat(escalate.revision()).isEqualTo(2));
        assertThat(review.commands.sent(ExpireReturnedProposalCommand.class)).singleElement()
                .satisfies(expire -> assertThat(expire.revision()).isEqualTo(2));
    }

    @Test
    void aRevisionThatBeatTheExpiryIsScreened() {
        review.bridge.on(submitted(DEADLINES));
        ProcessInstance instance = MonthlyReviewDriver.review();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充数据 add data");
        review.expiryAnswers(Outcome.REVISED);
        execute(job());
        assertThat(instance).isWaitingAt(Activity.REVISED_IN_TIME);

        review.bridge.on(revised(2, DEADLINES));

        assertThat(instance).isWaitingAt(Activity.SCREEN_PROPOSAL).variables().containsEntry(Var.REVISION, 2);
        assertThat(task()).hasDueDate(Date.from(REVISED_AT.plus(Duration.ofDays(3))));
        screenAs("C002", "outcome", "ACCEPT");
        assertThat(runningReviews()).isZero();
    }

    @Test
    void eventsHandedOverAgainChangeNothing() {
        review.bridge.on(submitted(DEADLINES));
        ProcessInstance instance = MonthlyReviewDriver.review();
        review.bridge.on(submitted(DEADLINES));
        assertThat(runningReviews()).isEqualTo(1);
        screenAs("C001", "outcome", "RETURN", "comment", "请补充图纸 add drawings");
        review.bridge.on(revised(2, DEADLINES));
        screenAs("C001", "outcome", "RETURN", "comment", "还缺成本 cost missing");

        review.bridge.on(revised(2, DEADLINES));

        assertThat(instance).isWaitingAt(Activity.AWAIT_REVISION).variables().containsEntry(Var.REVISION, 2);
        assertThat(runningReviews()).isEqualTo(1);
    }

    /** An event stored before revisions carried deadlines: the running review's own, not history's. */
    @Test
    void aRevisionStoredWithoutDeadlinesKeepsTheReviewsOwn() {
        review.bridge.on(submitted(DEADLINES));
        MonthlyReviewDriver.review();
        screenAs("C001", "outcome", "RETURN", "comment", "请补充图纸 add drawings");

        review.bridge.on(revised(2, null));

        assertThat(task()).hasDueDate(Date.from(REVISED_AT.plus(Duration.ofDays(3))));
        assertThat(MonthlyReviewDriver.review()).variables().containsEntry(Var.PROPOSAL_ID, PROPOSAL);
    }
}
