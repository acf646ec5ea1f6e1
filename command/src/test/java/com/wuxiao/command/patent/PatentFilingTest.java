package com.wuxiao.command.patent;

import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.competition.CompetitionCalendar;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.patent.api.FilePatentCommand;
import com.wuxiao.command.patent.api.NominatePatentCommand;
import com.wuxiao.command.patent.api.PatentApplicationPreparedEvent;
import com.wuxiao.command.patent.api.PatentFiledEvent;
import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.command.patent.api.PatentType;
import com.wuxiao.command.patent.api.PrepareApplicationCommand;
import com.wuxiao.command.testing.InMemoryAwardedResults;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import com.wuxiao.command.identity.api.Role;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static com.wuxiao.command.patent.PatentTestData.APPLICATION_NUMBER;
import static com.wuxiao.command.patent.PatentTestData.FILED_AT;
import static com.wuxiao.command.patent.PatentTestData.FILED_ON;
import static com.wuxiao.command.patent.PatentTestData.FILED_ON_START;
import static com.wuxiao.command.patent.PatentTestData.ID;
import static com.wuxiao.command.patent.PatentTestData.PREPARED_AT;
import static com.wuxiao.command.patent.PatentTestData.PROPOSAL;
import static com.wuxiao.command.patent.PatentTestData.RESULT_2024;
import static com.wuxiao.command.patent.PatentTestData.byProcess;
import static com.wuxiao.command.patent.PatentTestData.filed;
import static com.wuxiao.command.patent.PatentTestData.nominated;
import static com.wuxiao.command.patent.PatentTestData.prepared;
import static com.wuxiao.command.testing.Violations.conflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class PatentFilingTest {

    private FixtureConfiguration<PatentCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = PatentTestData.fixture();
    }

    private static PrepareApplicationCommand prepare(String by, String agency, String note) {
        return new PrepareApplicationCommand(ID, agency, note, by, null, PREPARED_AT);
    }

    private static FilePatentCommand file(String number, LocalDate filedOn) {
        return new FilePatentCommand(ID, number, filedOn, "leader", null, FILED_AT);
    }

    // --- preparation ------------------------------------------------------------------------------

    @Test
    void aNominatedCaseIsPrepared() {
        fixture.given(nominated())
                .when(prepare("leader", " 金诚专利代理 ", "  "))
                .expectEvents(new PatentApplicationPreparedEvent(ID, PROPOSAL, "金诚专利代理", null, "leader",
                        PREPARED_AT));
    }

    @Test
    void theUnionMayFileWithoutAnAgency() {
        fixture.given(nominated())
                .when(prepare("leader", null, "自行申请"))
                .expectEvents(new PatentApplicationPreparedEvent(ID, PROPOSAL, null, "自行申请", "leader", PREPARED_AT));
    }

    @Test
    void preparedOnce() {
        fixture.given(nominated(), prepared())
                .when(prepare("leader", "另一家代理", null))
                .expectException(conflict("already-prepared"));
        fixture.given(nominated(), prepared(), filed())
                .when(prepare("leader", "另一家代理", null))
                .expectException(conflict("already-prepared"));
    }

    @Test
    void aTooLongAgencyOrNoteIsRefused() {
        fixture.given(nominated())
                .when(prepare("leader", "代".repeat(201), null))
                .expectException(invalid("too-long", "agency"));
        fixture.given(nominated())
                .when(prepare("leader", "代".repeat(200), "注".repeat(2001)))
                .expectException(invalid("too-long", "note"));
    }

    @Test
    void onlyTheUnionOfficePrepares() {
        fixture.given(nominated())
                .when(prepare("c1", "代理", null))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void nothingToPrepareWithoutANomination() {
        fixture.givenNoPriorActivity()
                .when(prepare("leader", "代理", null))
                .expectException(AggregateNotFoundException.class);
    }

    // --- filing -----------------------------------------------------------------------------------

    @Test
    void filingEarnsTheAuthorsTheFiledPointsByShare() {
        // 5 points (2025 defaults): w1 70 % → 3.50, w2 30 % → 1.50, each for their own unit
        fixture.given(nominated(), prepared())
                .when(file(" " + APPLICATION_NUMBER + " ", FILED_ON))
                .expectEvents(
                        new PatentFiledEvent(ID, PROPOSAL, "ZC1", PatentType.INVENTION, APPLICATION_NUMBER, FILED_ON,
                                "leader", FILED_AT),
                        new PointsEarnedEvent(ID, PROPOSAL, "ZC1", "w1", "ZC1", PointsReason.PATENT_FILED, 70,
                                new BigDecimal("3.50"), FILED_ON_START),
                        new PointsEarnedEvent(ID, PROPOSAL, "ZC1", "w2", "JJ2", PointsReason.PATENT_FILED, 30,
                                new BigDecimal("1.50"), FILED_ON_START));
    }

    @Test
    void filingPointsCountInTheMonthOfTheFilingNotOfItsRecording() {
        // filed on 2025-12-28, recorded on 2026-01-03 10:00 Beijing: the points are earned at
        // 2025-12-28 00:00 Beijing (2025-12-27T16:00Z), i.e. in December of 2025
        Instant recordedAt = Instant.parse("2026-01-03T02:00:00Z");
        LocalDate filedOn = LocalDate.of(2025, 12, 28);
        Instant earnedAt = Instant.parse("2025-12-27T16:00:00Z");
        fixture.given(nominated(), prepared())
                .when(new FilePatentCommand(ID, APPLICATION_NUMBER, filedOn, "leader", null, recordedAt))
                .expectEvents(
                        new PatentFiledEvent(ID, PROPOSAL, "ZC1", PatentType.INVENTION, APPLICATION_NUMBER, filedOn,
                                "leader", recordedAt),
                        new PointsEarnedEvent(ID, PROPOSAL, "ZC1", "w1", "ZC1", PointsReason.PATENT_FILED, 70,
                                new BigDecimal("3.50"), earnedAt),
                        new PointsEarnedEvent(ID, PROPOSAL, "ZC1", "w2", "JJ2", PointsReason.PATENT_FILED, 30,
                                new BigDecimal("1.50"), earnedAt));
        assertEquals(YearMonth.of(2025, 12), YearMonth.from(earnedAt.atZone(CompetitionCalendar.ZONE)));
    }

    @Test
    void filingNeedsAPreparedApplication() {
        fixture.given(nominated())
                .when(file(APPLICATION_NUMBER, FILED_ON))
                .expectException(conflict("not-prepared"))
                .expectNoEvents();
    }

    @Test
    void filingTwiceIsRefused() {
        fixture.given(nominated(), prepared(), filed())
                .when(file("202510999999.1", FILED_ON))
                .expectException(conflict("already-filed"))
                .expectNoEvents();
    }

    @Test
    void onlyTheUnionOfficeFiles() {
        fixture.given(nominated(), prepared())
                .when(new FilePatentCommand(ID, APPLICATION_NUMBER, FILED_ON, "w1", null, FILED_AT))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void theApplicationNumberIsRequiredAndLooksLikeOne() {
        fixture.given(nominated(), prepared())
                .when(file("  ", FILED_ON))
                .expectException(invalid("required", "applicationNumber"));
        fixture.given(nominated(), prepared())
                .when(file("ABC-123", FILED_ON))
                .expectException(invalid("invalid-number", "applicationNumber"));
        fixture.given(nominated(), prepared())
                .when(file("2025101234567.7", FILED_ON)) // 13 digits
                .expectException(invalid("invalid-number", "applicationNumber"));
    }

    @Test
    void oldAndPrefixedNumbersAreAccepted() {
        fixture.given(nominated(), prepared())
                .when(file("CN200910012345X", FILED_ON))
                .expectSuccessfulHandlerExecution();
        fixture.given(nominated(), prepared())
                .when(file("99123456.3", FILED_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theFilingDateIsRequiredNotInTheFutureAndNotBeforeTheNomination() {
        fixture.given(nominated(), prepared())
                .when(file(APPLICATION_NUMBER, null))
                .expectException(invalid("required", "filedOn"));
        // recorded 2025-10-10 10:00 Beijing: the 11th is tomorrow
        fixture.given(nominated(), prepared())
                .when(file(APPLICATION_NUMBER, LocalDate.of(2025, 10, 11)))
                .expectException(invalid("date-in-future", "filedOn"));
        // nominated 2025-09-01
        fixture.given(nominated(), prepared())
                .when(file(APPLICATION_NUMBER, LocalDate.of(2025, 8, 31)))
                .expectException(invalid("filed-before-nomination", "filedOn"));
    }

    @Test
    void theNominationDayAndTodayInBeijingAreAccepted() {
        fixture.given(nominated(), prepared())
                .when(file(APPLICATION_NUMBER, LocalDate.of(2025, 9, 1)))
                .expectSuccessfulHandlerExecution();
        // 2025-10-10T17:00Z is already 2025-10-11 01:00 in Beijing
        Instant lateEvening = Instant.parse("2025-10-10T17:00:00Z");
        fixture.given(nominated(), prepared())
                .when(new FilePatentCommand(ID, APPLICATION_NUMBER, LocalDate.of(2025, 10, 11), "leader", null,
                        lateEvening))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theResultsCompetitionYearSetsThePoints() {
        // p-0 was awarded in 2024, whose table gives 6 points for a filing; 2025's gives 5
        PointsTable d = PointsTable.defaults();
        YearConfig y2024 = withPoints(2024, new PointsTable(d.accepted(), d.first(), d.second(), d.third(),
                d.merit(), 6, d.inventionGranted(), d.utilityModelGranted(), d.designGranted(), d.adopted(),
                d.replication()));
        FixtureConfiguration<PatentCase> twoYears = new AggregateTestFixture<>(PatentCase.class)
                .registerInjectableResource(new InMemoryUserDirectory().unit("ZC1")
                        .actor("leader", "GH", Role.UNION_LEADER).actor("w1", "ZC1", Role.WORKER))
                .registerInjectableResource(new InMemoryCompetitionYears().with(y2024)
                        .with(withPoints(2025, PointsTable.defaults())))
                .registerInjectableResource(new InMemoryAwardedResults().with(RESULT_2024));
        twoYears.given(new PatentNominatedEvent("PAT-p-0", "p-0", "旧成果", "ZC1", 2024, PatentType.DESIGN,
                                RESULT_2024.awardedAt(), "leader", PatentTestData.NOMINATED_AT),
                        new PatentApplicationPreparedEvent("PAT-p-0", "p-0", null, null, "leader", PREPARED_AT))
                .when(new FilePatentCommand("PAT-p-0", APPLICATION_NUMBER, FILED_ON, "leader", null, FILED_AT))
                .expectEvents(
                        new PatentFiledEvent("PAT-p-0", "p-0", "ZC1", PatentType.DESIGN, APPLICATION_NUMBER, FILED_ON,
                                "leader", FILED_AT),
                        new PointsEarnedEvent("PAT-p-0", "p-0", "ZC1", "w1", "ZC1", PointsReason.PATENT_FILED, 100,
                                new BigDecimal("6.00"), FILED_ON_START));
    }

    @Test
    void aYearWithoutFilingPointsEarnsNone() {
        PointsTable d = PointsTable.defaults();
        fixture = PatentTestData.fixture(withPoints(2025, new PointsTable(d.accepted(), d.first(), d.second(),
                d.third(), d.merit(), 0, d.inventionGranted(), d.utilityModelGranted(), d.designGranted(),
                d.adopted(), d.replication())));
        fixture.given(nominated(), prepared())
                .when(file(APPLICATION_NUMBER, FILED_ON))
                .expectEvents(filed());
    }

    @Test
    void anUnconfiguredYearIsAConflict() {
        FixtureConfiguration<PatentCase> noYears = new AggregateTestFixture<>(PatentCase.class)
                .registerInjectableResource(new InMemoryUserDirectory().actor("leader", "GH", Role.UNION_LEADER))
                .registerInjectableResource(new InMemoryCompetitionYears())
                .registerInjectableResource(new InMemoryAwardedResults().with(PatentTestData.RESULT));
        noYears.given(nominated(), prepared())
                .when(file(APPLICATION_NUMBER, FILED_ON))
                .expectException(conflict("year-not-configured"))
                .expectNoEvents();
    }

    // --- commands of the process ------------------------------------------------------------------

    @Test
    void aRepeatedProcessCommandIsIgnored() {
        fixture.given(nominated(), byProcess(prepared(), "pi-1:prepare:t1"))
                .when(new PrepareApplicationCommand(ID, "金诚专利代理", null, "leader", "pi-1:prepare:t1", PREPARED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(nominated(), prepared(), byProcess(filed(), "pi-1:file:t2"))
                .when(new FilePatentCommand(ID, APPLICATION_NUMBER, FILED_ON, "leader", "pi-1:file:t2", FILED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRepeatIsRecognisedAfterTheAggregateIsLoadedAgain() {
        fixture.givenCommands(new NominatePatentCommand(ID, PROPOSAL, PatentType.INVENTION, "leader",
                                PatentTestData.NOMINATED_AT),
                        new PrepareApplicationCommand(ID, null, null, "leader", "pi-1:prepare:t1", PREPARED_AT),
                        new FilePatentCommand(ID, APPLICATION_NUMBER, FILED_ON, "leader", "pi-1:file:t2", FILED_AT))
                .when(new FilePatentCommand(ID, APPLICATION_NUMBER, FILED_ON, "leader", "pi-1:file:t2", FILED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherProcessCommandIsJudgedOnItsOwn() {
        fixture.given(nominated(), prepared(), byProcess(filed(), "pi-1:file:t2"))
                .when(new FilePatentCommand(ID, APPLICATION_NUMBER, FILED_ON, "leader", "pi-1:file:t3", FILED_AT))
                .expectException(conflict("already-filed"));
    }

    private static YearConfig withPoints(int year, PointsTable points) {
        YearConfig d = YearConfig.defaults(year, List.of(new Category("JDYS", "机电运输")));
        return new YearConfig(year, d.categories(), d.declarationMonths(), d.weights(), d.quotas(), d.rewards(),
                points, d.deadlines(), d.commendationTopN());
    }
}
