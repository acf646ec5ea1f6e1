package com.wuxiao.command.conversion;

import com.wuxiao.command.conversion.api.AdoptionDeclinedEvent;
import com.wuxiao.command.conversion.api.BenefitReportCorrectedEvent;
import com.wuxiao.command.conversion.api.BenefitReportedEvent;
import com.wuxiao.command.conversion.api.ConversionMilestone;
import com.wuxiao.command.conversion.api.ConversionMilestoneOverdueEvent;
import com.wuxiao.command.conversion.api.CorrectBenefitReportCommand;
import com.wuxiao.command.conversion.api.RecordConversionOverdueCommand;
import com.wuxiao.command.conversion.api.ReportBenefitCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static com.wuxiao.command.conversion.ConversionTestData.ADOPTED_AT;
import static com.wuxiao.command.conversion.ConversionTestData.ID;
import static com.wuxiao.command.conversion.ConversionTestData.LEADER;
import static com.wuxiao.command.conversion.ConversionTestData.OTHER_OWNER;
import static com.wuxiao.command.conversion.ConversionTestData.OWNER;
import static com.wuxiao.command.conversion.ConversionTestData.PROPOSAL;
import static com.wuxiao.command.conversion.ConversionTestData.UNIT;
import static com.wuxiao.command.conversion.ConversionTestData.adopted;
import static com.wuxiao.command.conversion.ConversionTestData.handedOver;
import static com.wuxiao.command.conversion.ConversionTestData.trialEnded;
import static com.wuxiao.command.conversion.ConversionTestData.trialStarted;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

/** Adopted on 2025-10-10 (Beijing): the 3-month report is due from 2026-01-10, the 12-month one from 2026-10-10. */
class BenefitAndOverdueTest {

    /** 2026-01-09T16:00Z is 2026-01-10 00:00 in Beijing: the first moment the 3-month report is due. */
    private static final Instant DUE_3 = Instant.parse("2026-01-09T16:00:00Z");
    private static final Instant DUE_12 = Instant.parse("2026-10-09T16:00:00Z");

    private FixtureConfiguration<Conversion> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConversionTestData.fixture(new ConversionTestData.StubResultAdoptions());
    }

    private static ReportBenefitCommand report(int months, String cny, int incidents, String hours, Instant at) {
        return new ReportBenefitCommand(ID, months, cny == null ? null : new BigDecimal(cny), incidents,
                hours == null ? null : new BigDecimal(hours), OWNER, null, at);
    }

    private static BenefitReportedEvent reported(int months, String cny, int incidents, String hours, Instant at) {
        return new BenefitReportedEvent(ID, PROPOSAL, "ZC1", UNIT, months, new BigDecimal(cny), incidents,
                new BigDecimal(hours), OWNER, at);
    }

    private static RecordConversionOverdueCommand overdue(ConversionMilestone milestone, Instant at) {
        return new RecordConversionOverdueCommand(ID, milestone, "pi-1:" + milestone, at);
    }

    private static ConversionMilestoneOverdueEvent overdueEvent(ConversionMilestone milestone, String dueOn, Instant at) {
        return new ConversionMilestoneOverdueEvent(ID, PROPOSAL, UNIT, OWNER, milestone, LocalDate.parse(dueOn), at);
    }

    // --- benefit reports -------------------------------------------------------------------------

    @Test
    void theThreeMonthReportFromItsDueDayWithAmountsToTheirScale() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(3, "120000.5", 2, "350", DUE_3))
                .expectEvents(reported(3, "120000.50", 2, "350.0", DUE_3));
    }

    @Test
    void theTwelveMonthReportAfterTheThreeMonthOne() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(3, "100.00", 0, "1.0", DUE_3))
                .when(report(12, "98000.25", 1, "420.5", DUE_12))
                .expectEvents(reported(12, "98000.25", 1, "420.5", DUE_12));
    }

    /** A missed 3-month report does not hold the yearly figures back; it cannot come after them. */
    @Test
    void theTwelveMonthReportWithoutTheThreeMonthOneThenNoThreeMonthReport() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(12, "0", 0, "0", DUE_12))
                .expectEvents(reported(12, "0.00", 0, "0.0", DUE_12));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(12, "0.00", 0, "0.0", DUE_12))
                .when(report(3, "1", 0, "0", DUE_12))
                .expectException(conflict("superseded"));
    }

    @Test
    void aBenefitReportBeforeAdoptionIsRefused() {
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(report(3, "100", 0, "0", DUE_3))
                .expectException(conflict("not-adopted"));
        fixture.given(handedOver())
                .when(report(3, "100", 0, "0", DUE_3))
                .expectException(conflict("not-adopted"));
    }

    @Test
    void aReportBeforeItsDueDayIsRefused() {
        Instant dayBefore = DUE_3.minusSeconds(1); // 2026-01-09 23:59:59 in Beijing
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(3, "100", 0, "0", dayBefore))
                .expectException(conflict("benefit-not-due"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(12, "100", 0, "0", DUE_12.minusSeconds(1)))
                .expectException(conflict("benefit-not-due"));
    }

    @Test
    void eachReportOnce() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(3, "100.00", 0, "1.0", DUE_3))
                .when(report(3, "200", 0, "1", DUE_12))
                .expectException(conflict("already-reported"));
    }

    // --- corrections ----------------------------------------------------------------------------------

    private static CorrectBenefitReportCommand correction(String by, int months, String cny, String reason) {
        return new CorrectBenefitReportCommand(ID, months, new BigDecimal(cny), 1, new BigDecimal("12.5"), reason, by,
                DUE_12);
    }

    /** The union office's corrected figures are the report of those months now; the reason is on record. */
    @Test
    void theUnionOfficeCorrectsAReportWithAReason() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(3, "1200000.00", 0, "1.0", DUE_3))
                .when(correction(LEADER, 3, "12000", " 多输入了两个零 "))
                .expectEvents(new BenefitReportCorrectedEvent(ID, PROPOSAL, 3, "多输入了两个零", LEADER, DUE_12),
                        new BenefitReportedEvent(ID, PROPOSAL, "ZC1", UNIT, 3, new BigDecimal("12000.00"), 1,
                                new BigDecimal("12.5"), LEADER, DUE_12));
    }

    @Test
    void aCorrectionNeedsTheUnionOfficeAReportMadeAndAReason() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(3, "100.00", 0, "1.0", DUE_3))
                .when(correction(OWNER, 3, "120", "笔误"))
                .expectException(forbidden("not-union-leader"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(3, "100.00", 0, "1.0", DUE_3))
                .when(correction(LEADER, 12, "120", "笔误"))
                .expectException(conflict("not-reported"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(3, "100.00", 0, "1.0", DUE_3))
                .when(correction(LEADER, 3, "120", " "))
                .expectException(invalid("required", "reason"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(3, "100.00", 0, "1.0", DUE_3))
                .when(correction(LEADER, 3, "1.001", "笔误"))
                .expectException(invalid("too-many-decimals", "cnySavedPerYear"));
    }

    @Test
    void onlyThreeOrTwelveMonths() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(6, "100", 0, "0", DUE_12))
                .expectException(invalid("invalid-months", "monthsAfterAdoption"));
    }

    @Test
    void amountsAreRequiredNotNegativeAndNotTooPrecise() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(3, null, 0, "0", DUE_3))
                .expectException(invalid("required", "cnySavedPerYear"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(3, "-0.01", 0, "0", DUE_3))
                .expectException(invalid("negative", "cnySavedPerYear"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(3, "1.005", 0, "0", DUE_3))
                .expectException(invalid("too-many-decimals", "cnySavedPerYear"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(3, "1", -1, "0", DUE_3))
                .expectException(invalid("negative", "safetyIncidentsAvoided"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(3, "1", 0, "-1", DUE_3))
                .expectException(invalid("negative", "hoursSaved"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(3, "1", 0, "2.25", DUE_3))
                .expectException(invalid("too-many-decimals", "hoursSaved"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(report(3, "1", 0, null, DUE_3))
                .expectException(invalid("required", "hoursSaved"));
    }

    @Test
    void onlyTheOwnerOrTheUnionLeaderReports() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(new ReportBenefitCommand(ID, 3, BigDecimal.ONE, 0, BigDecimal.ONE, OTHER_OWNER, null, DUE_3))
                .expectException(forbidden("not-owner"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(new ReportBenefitCommand(ID, 3, BigDecimal.ONE, 0, BigDecimal.ONE, LEADER, null, DUE_3))
                .expectEvents(new BenefitReportedEvent(ID, PROPOSAL, "ZC1", UNIT, 3, new BigDecimal("1.00"), 0,
                        new BigDecimal("1.0"), LEADER, DUE_3));
    }

    // --- reminders -------------------------------------------------------------------------------

    /** Planned trial start 2025-08-10: overdue from 2025-08-11 in Beijing (2025-08-10T16:00Z). */
    @Test
    void anUndoneMilestoneIsRecordedOverdueOnceItsDayHasPassed() {
        Instant nextDay = Instant.parse("2025-08-10T16:00:00Z");
        fixture.given(handedOver())
                .when(overdue(ConversionMilestone.TRIAL_START, nextDay))
                .expectEvents(overdueEvent(ConversionMilestone.TRIAL_START, "2025-08-10", nextDay));
        fixture.given(handedOver(), trialStarted())
                .when(overdue(ConversionMilestone.TRIAL_END, Instant.parse("2025-10-01T02:00:00Z")))
                .expectEvents(overdueEvent(ConversionMilestone.TRIAL_END, "2025-09-30",
                        Instant.parse("2025-10-01T02:00:00Z")));
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(overdue(ConversionMilestone.ADOPTION_DECISION, Instant.parse("2025-10-16T02:00:00Z")))
                .expectEvents(overdueEvent(ConversionMilestone.ADOPTION_DECISION, "2025-10-15",
                        Instant.parse("2025-10-16T02:00:00Z")));
    }

    @Test
    void anOverdueReportIsDueThreeOrTwelveMonthsAfterAdoption() {
        Instant late = Instant.parse("2026-01-24T02:00:00Z");
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(overdue(ConversionMilestone.BENEFIT_REPORT_3_MONTHS, late))
                .expectEvents(overdueEvent(ConversionMilestone.BENEFIT_REPORT_3_MONTHS, "2026-01-10", late));
        Instant later = Instant.parse("2026-10-24T02:00:00Z");
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(overdue(ConversionMilestone.BENEFIT_REPORT_12_MONTHS, later))
                .expectEvents(overdueEvent(ConversionMilestone.BENEFIT_REPORT_12_MONTHS, "2026-10-10", later));
    }

    @Test
    void aReminderIsIgnoredOnTheDueDayItselfOnceDoneOrTwice() {
        fixture.given(handedOver())
                .when(overdue(ConversionMilestone.TRIAL_START, Instant.parse("2025-08-10T15:59:59Z")))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(handedOver(), trialStarted())
                .when(overdue(ConversionMilestone.TRIAL_START, Instant.parse("2025-09-01T02:00:00Z")))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        Instant nextDay = Instant.parse("2025-08-11T02:00:00Z");
        fixture.given(handedOver(), overdueEvent(ConversionMilestone.TRIAL_START, "2025-08-10", nextDay))
                .when(new RecordConversionOverdueCommand(ID, ConversionMilestone.TRIAL_START, "pi-2:other", nextDay))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(3, "1.00", 0, "0.0", DUE_3))
                .when(overdue(ConversionMilestone.BENEFIT_REPORT_3_MONTHS, DUE_12))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(), reported(12, "1.00", 0, "0.0", DUE_12))
                .when(overdue(ConversionMilestone.BENEFIT_REPORT_3_MONTHS, DUE_12))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void noReportRemindersBeforeAdoptionNorAnythingAfterDeclining() {
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(overdue(ConversionMilestone.BENEFIT_REPORT_3_MONTHS, DUE_12))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(handedOver(), trialStarted(), trialEnded(),
                        new AdoptionDeclinedEvent(ID, PROPOSAL, "工况不符", OWNER, ADOPTED_AT))
                .when(overdue(ConversionMilestone.ADOPTION_DECISION, DUE_12))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
