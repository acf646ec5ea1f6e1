package com.wuxiao.command.patent;

import com.wuxiao.command.patent.api.PatentAbandonedEvent;
import com.wuxiao.command.patent.api.PatentStep;
import com.wuxiao.command.patent.api.PatentStepOverdueEvent;
import com.wuxiao.command.patent.api.RecordPatentOverdueCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.wuxiao.command.patent.PatentTestData.ID;
import static com.wuxiao.command.patent.PatentTestData.PROPOSAL;
import static com.wuxiao.command.patent.PatentTestData.answered;
import static com.wuxiao.command.patent.PatentTestData.byProcess;
import static com.wuxiao.command.patent.PatentTestData.filed;
import static com.wuxiao.command.patent.PatentTestData.nominated;
import static com.wuxiao.command.patent.PatentTestData.officeAction;
import static com.wuxiao.command.patent.PatentTestData.prepared;

/** Reminders of the process: recorded while the step is undone, otherwise quietly ignored. */
class PatentOverdueTest {

    private static final Instant DUE = Instant.parse("2025-10-01T02:00:00Z");
    private static final Instant FIRED = Instant.parse("2025-10-01T02:00:05Z");

    private FixtureConfiguration<PatentCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = PatentTestData.fixture();
    }

    private static RecordPatentOverdueCommand overdue(PatentStep step, String processCommandId) {
        return new RecordPatentOverdueCommand(ID, step, DUE, processCommandId, FIRED);
    }

    private static PatentStepOverdueEvent overdueEvent(PatentStep step) {
        return new PatentStepOverdueEvent(ID, PROPOSAL, step, DUE, FIRED);
    }

    @Test
    void anUnpreparedApplicationIsOverdue() {
        fixture.given(nominated())
                .when(overdue(PatentStep.PREPARATION, "pi-1:preparationOverdue:0"))
                .expectEvents(overdueEvent(PatentStep.PREPARATION));
    }

    @Test
    void aPreparedApplicationIsNoLongerOverdue() {
        fixture.given(nominated(), prepared())
                .when(overdue(PatentStep.PREPARATION, "pi-1:preparationOverdue:0"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUnfiledApplicationIsOverdue() {
        fixture.given(nominated(), prepared())
                .when(overdue(PatentStep.FILING, "pi-1:filingOverdue:0"))
                .expectEvents(overdueEvent(PatentStep.FILING));
        fixture.given(nominated(), prepared(), filed())
                .when(overdue(PatentStep.FILING, "pi-1:filingOverdue:0"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUnansweredOfficeActionIsOverdue() {
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(overdue(PatentStep.OFFICE_ACTION_RESPONSE, "pi-1:responseOverdue:1"))
                .expectEvents(overdueEvent(PatentStep.OFFICE_ACTION_RESPONSE));
        fixture.given(nominated(), prepared(), filed(), officeAction(1), answered(1))
                .when(overdue(PatentStep.OFFICE_ACTION_RESPONSE, "pi-1:responseOverdue:1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(nominated(), prepared(), filed())
                .when(overdue(PatentStep.OFFICE_ACTION_RESPONSE, "pi-1:responseOverdue:1"))
                .expectNoEvents();
    }

    @Test
    void eachOfficeActionIsRemindedOfOnItsOwn() {
        fixture.given(nominated(), prepared(), filed(), officeAction(1),
                        overdueEvent(PatentStep.OFFICE_ACTION_RESPONSE), answered(1), officeAction(2))
                .when(overdue(PatentStep.OFFICE_ACTION_RESPONSE, "pi-1:responseOverdue:2"))
                .expectEvents(overdueEvent(PatentStep.OFFICE_ACTION_RESPONSE));
    }

    @Test
    void aStepIsReportedOverdueOnce() {
        fixture.given(nominated(), overdueEvent(PatentStep.PREPARATION))
                .when(overdue(PatentStep.PREPARATION, "pi-2:preparationOverdue:0"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(nominated(), byProcess(overdueEvent(PatentStep.PREPARATION), "pi-1:preparationOverdue:0"))
                .when(overdue(PatentStep.PREPARATION, "pi-1:preparationOverdue:0"))
                .expectNoEvents();
    }

    @Test
    void anEndedCaseIsNeverOverdue() {
        fixture.given(nominated(), new PatentAbandonedEvent(ID, PROPOSAL, "放弃", "leader", FIRED))
                .when(overdue(PatentStep.PREPARATION, "pi-1:preparationOverdue:0"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
