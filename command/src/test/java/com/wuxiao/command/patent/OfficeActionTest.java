package com.wuxiao.command.patent;

import com.wuxiao.command.patent.api.AnswerOfficeActionCommand;
import com.wuxiao.command.patent.api.OfficeActionAnsweredEvent;
import com.wuxiao.command.patent.api.OfficeActionRecordedEvent;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.patent.api.RecordOfficeActionCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.wuxiao.command.patent.PatentTestData.ACTION_AT;
import static com.wuxiao.command.patent.PatentTestData.ANSWERED_AT;
import static com.wuxiao.command.patent.PatentTestData.ANSWERED_ON;
import static com.wuxiao.command.patent.PatentTestData.ID;
import static com.wuxiao.command.patent.PatentTestData.ISSUED_ON;
import static com.wuxiao.command.patent.PatentTestData.PROPOSAL;
import static com.wuxiao.command.patent.PatentTestData.RESPONSE_DUE;
import static com.wuxiao.command.patent.PatentTestData.answered;
import static com.wuxiao.command.patent.PatentTestData.filed;
import static com.wuxiao.command.patent.PatentTestData.nominated;
import static com.wuxiao.command.patent.PatentTestData.officeAction;
import static com.wuxiao.command.patent.PatentTestData.prepared;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class OfficeActionTest {

    private FixtureConfiguration<PatentCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = PatentTestData.fixture();
    }

    private static RecordOfficeActionCommand action(LocalDate issuedOn, LocalDate due, String summary) {
        return new RecordOfficeActionCommand(ID, issuedOn, due, summary, "leader", null, ACTION_AT);
    }

    private static AnswerOfficeActionCommand answer(LocalDate answeredOn) {
        return new AnswerOfficeActionCommand(ID, answeredOn, " 修改权利要求 ", "leader", null, ANSWERED_AT);
    }

    @Test
    void theFirstOfficeActionOfAFiledCaseIsNumberOne() {
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(action(ISSUED_ON, RESPONSE_DUE, "权利要求1缺乏创造性"))
                .expectEvents(officeAction(1));
    }

    @Test
    void afterAnAnswerTheNextOneIsNumberTwo() {
        Instant later = Instant.parse("2026-06-02T02:00:00Z");
        fixture.given(nominated(), prepared(), filed(), officeAction(1), answered(1))
                .when(new RecordOfficeActionCommand(ID, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1),
                        "说明书不清楚", "leader", null, later))
                .expectEvents(new OfficeActionRecordedEvent(ID, PROPOSAL, 2, LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 7, 1), "说明书不清楚", "leader", later));
    }

    @Test
    void noOfficeActionBeforeFiling() {
        fixture.given(nominated())
                .when(action(ISSUED_ON, RESPONSE_DUE, "意见"))
                .expectException(conflict("not-filed"));
        fixture.given(nominated(), prepared())
                .when(action(ISSUED_ON, RESPONSE_DUE, "意见"))
                .expectException(conflict("not-filed"));
    }

    @Test
    void oneOpenOfficeActionAtATime() {
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(action(ISSUED_ON, RESPONSE_DUE, "另一份意见"))
                .expectException(conflict("office-action-open"))
                .expectNoEvents();
    }

    @Test
    void theResponseIsDueAfterTheIssue() {
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(action(ISSUED_ON, ISSUED_ON, "意见"))
                .expectException(invalid("response-due-not-after-issue", "responseDue"));
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(action(ISSUED_ON, ISSUED_ON.minusDays(1), "意见"))
                .expectException(invalid("response-due-not-after-issue", "responseDue"));
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(action(ISSUED_ON, ISSUED_ON.plusDays(1), "意见"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void datesAndSummaryAreChecked() {
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(action(null, RESPONSE_DUE, "意见"))
                .expectException(invalid("required", "issuedOn"));
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(action(ISSUED_ON, null, "意见"))
                .expectException(invalid("required", "responseDue"));
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(action(ISSUED_ON, RESPONSE_DUE, " "))
                .expectException(invalid("required", "summary"));
        // recorded 2026-03-02 Beijing
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(action(LocalDate.of(2026, 3, 3), RESPONSE_DUE, "意见"))
                .expectException(invalid("date-in-future", "issuedOn"));
        // filed 2025-10-09
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(action(LocalDate.of(2025, 10, 8), RESPONSE_DUE, "意见"))
                .expectException(invalid("issued-before-filing", "issuedOn"));
    }

    @Test
    void onlyTheUnionOfficeRecordsAndAnswers() {
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(new RecordOfficeActionCommand(ID, ISSUED_ON, RESPONSE_DUE, "意见", "w1", null, ACTION_AT))
                .expectException(forbidden("not-union-leader"));
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(new AnswerOfficeActionCommand(ID, ANSWERED_ON, null, "w2", null, ANSWERED_AT))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void theOpenOfficeActionIsAnswered() {
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(answer(ANSWERED_ON))
                .expectEvents(new OfficeActionAnsweredEvent(ID, PROPOSAL, 1, ANSWERED_ON, "修改权利要求", "leader",
                        ANSWERED_AT));
    }

    @Test
    void theSecondOfficeActionIsAnsweredAsNumberTwo() {
        fixture.given(nominated(), prepared(), filed(), officeAction(1), answered(1), officeAction(2))
                .when(answer(ANSWERED_ON))
                .expectEvents(new OfficeActionAnsweredEvent(ID, PROPOSAL, 2, ANSWERED_ON, "修改权利要求", "leader",
                        ANSWERED_AT));
    }

    @Test
    void nothingToAnswerWithoutAnOpenOfficeAction() {
        fixture.given(PatentTestData.filedCase(PatentType.INVENTION))
                .when(answer(ANSWERED_ON))
                .expectException(conflict("no-open-office-action"));
        fixture.given(nominated(), prepared(), filed(), officeAction(1), answered(1))
                .when(answer(ANSWERED_ON))
                .expectException(conflict("no-open-office-action"))
                .expectNoEvents();
        fixture.given(nominated())
                .when(answer(ANSWERED_ON))
                .expectException(conflict("no-open-office-action"));
    }

    @Test
    void theAnswerDateIsChecked() {
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(answer(null))
                .expectException(invalid("required", "answeredOn"));
        // issued 2026-03-01
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(answer(LocalDate.of(2026, 2, 28)))
                .expectException(invalid("answered-before-issue", "answeredOn"));
        // recorded 2026-04-10 Beijing
        fixture.given(nominated(), prepared(), filed(), officeAction(1))
                .when(answer(LocalDate.of(2026, 4, 11)))
                .expectException(invalid("date-in-future", "answeredOn"));
    }
}
