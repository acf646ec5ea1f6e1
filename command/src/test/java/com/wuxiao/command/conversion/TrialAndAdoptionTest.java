package com.wuxiao.command.conversion;

import com.wuxiao.command.common.api.ProcessCommand;
import com.wuxiao.command.common.api.PointsEarnedEvent;
import com.wuxiao.command.common.api.PointsReason;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.conversion.api.AdoptionDeclinedEvent;
import com.wuxiao.command.conversion.api.DecideAdoptionCommand;
import com.wuxiao.command.conversion.api.EndTrialCommand;
import com.wuxiao.command.conversion.api.ReportBenefitCommand;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.StartTrialCommand;
import com.wuxiao.command.conversion.api.TrialEndedEvent;
import com.wuxiao.command.conversion.api.TrialStartedEvent;
import com.wuxiao.command.testing.InMemoryAwardedResults;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static com.wuxiao.command.conversion.ConversionTestData.ADOPTED_AT;
import static com.wuxiao.command.conversion.ConversionTestData.AWARDED_AT;
import static com.wuxiao.command.conversion.ConversionTestData.ENDED_AT;
import static com.wuxiao.command.conversion.ConversionTestData.ENDED_ON;
import static com.wuxiao.command.conversion.ConversionTestData.ID;
import static com.wuxiao.command.conversion.ConversionTestData.LEADER;
import static com.wuxiao.command.conversion.ConversionTestData.OTHER_OWNER;
import static com.wuxiao.command.conversion.ConversionTestData.OWNER;
import static com.wuxiao.command.conversion.ConversionTestData.PROPOSAL;
import static com.wuxiao.command.conversion.ConversionTestData.STARTED_AT;
import static com.wuxiao.command.conversion.ConversionTestData.STARTED_ON;
import static com.wuxiao.command.conversion.ConversionTestData.UNIT;
import static com.wuxiao.command.conversion.ConversionTestData.adopted;
import static com.wuxiao.command.conversion.ConversionTestData.handedOver;
import static com.wuxiao.command.conversion.ConversionTestData.trialEnded;
import static com.wuxiao.command.conversion.ConversionTestData.trialStarted;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class TrialAndAdoptionTest {

    private final ConversionTestData.StubResultAdoptions adoptions = new ConversionTestData.StubResultAdoptions();
    private FixtureConfiguration<Conversion> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConversionTestData.fixture(adoptions);
    }

    private static StartTrialCommand start(LocalDate on, String by, Instant at) {
        return new StartTrialCommand(ID, on, by, null, at);
    }

    private static EndTrialCommand end(LocalDate on, String by, Instant at) {
        return new EndTrialCommand(ID, on, "运行稳定 runs stable", by, null, at);
    }

    private static DecideAdoptionCommand adopt(String by) {
        return new DecideAdoptionCommand(ID, true, null, by, null, ADOPTED_AT);
    }

    private static DecideAdoptionCommand decline(String reason) {
        return new DecideAdoptionCommand(ID, false, reason, OWNER, null, ADOPTED_AT);
    }

    private static PointsEarnedEvent points(String worker, String workerUnit, PointsReason reason, int share,
                                            String points) {
        return new PointsEarnedEvent(ID, PROPOSAL, "ZC1", worker, workerUnit, reason, share, new BigDecimal(points),
                ADOPTED_AT);
    }

    // --- trial -----------------------------------------------------------------------------------

    @Test
    void theOwnerStartsTheTrial() {
        fixture.given(handedOver())
                .when(start(STARTED_ON, OWNER, STARTED_AT))
                .expectEvents(trialStarted());
    }

    @Test
    void theUnionLeaderMayRecordForTheOwner() {
        fixture.given(handedOver())
                .when(start(STARTED_ON, LEADER, STARTED_AT))
                .expectEvents(new TrialStartedEvent(ID, PROPOSAL, STARTED_ON, LEADER, STARTED_AT));
    }

    @Test
    void theOwnerOfAnotherUnitCannotRecord() {
        fixture.given(handedOver())
                .when(start(STARTED_ON, OTHER_OWNER, STARTED_AT))
                .expectException(forbidden("not-owner"));
        fixture.given(handedOver(), trialStarted())
                .when(end(ENDED_ON, OTHER_OWNER, ENDED_AT))
                .expectException(forbidden("not-owner"));
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(adopt(OTHER_OWNER))
                .expectException(forbidden("not-owner"));
    }

    @Test
    void aTrialDateCannotBeInTheFutureInBeijing() {
        // 2025-08-11T17:00Z is 2025-08-12 01:00 in Beijing: the 12th has come, the 13th not
        fixture.given(handedOver())
                .when(start(LocalDate.parse("2025-08-12"), OWNER, Instant.parse("2025-08-11T17:00:00Z")))
                .expectSuccessfulHandlerExecution();
        fixture.given(handedOver())
                .when(start(LocalDate.parse("2025-08-13"), OWNER, Instant.parse("2025-08-11T17:00:00Z")))
                .expectException(invalid("date-in-future", "startedOn"));
        fixture.given(handedOver(), trialStarted())
                .when(end(LocalDate.parse("2025-09-29"), OWNER, ENDED_AT))
                .expectException(invalid("date-in-future", "endedOn"));
    }

    @Test
    void aTrialCannotStartBeforeTheHandover() {
        fixture.given(handedOver())
                .when(start(LocalDate.parse("2025-07-31"), OWNER, STARTED_AT))
                .expectException(invalid("before-handover", "startedOn"));
    }

    @Test
    void aTrialStartsOnce() {
        fixture.given(handedOver(), trialStarted())
                .when(start(STARTED_ON, OWNER, STARTED_AT))
                .expectException(conflict("trial-started"));
    }

    @Test
    void theOwnerEndsTheTrialWithASummary() {
        fixture.given(handedOver(), trialStarted())
                .when(new EndTrialCommand(ID, ENDED_ON, "  运行稳定 runs stable ", OWNER, null, ENDED_AT))
                .expectEvents(trialEnded());
    }

    @Test
    void theTrialEndsOnlyAfterItStartedAndNotBeforeItsStartDate() {
        fixture.given(handedOver())
                .when(end(ENDED_ON, OWNER, ENDED_AT))
                .expectException(conflict("trial-not-started"));
        fixture.given(handedOver(), trialStarted())
                .when(end(LocalDate.parse("2025-08-11"), OWNER, ENDED_AT))
                .expectException(invalid("end-before-start", "endedOn"));
        fixture.given(handedOver(), trialStarted())
                .when(end(STARTED_ON, OWNER, ENDED_AT))
                .expectEvents(new TrialEndedEvent(ID, PROPOSAL, STARTED_ON, "运行稳定 runs stable", OWNER, ENDED_AT));
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(end(ENDED_ON, OWNER, ENDED_AT))
                .expectException(conflict("trial-ended"));
    }

    @Test
    void endingTheTrialNeedsASummary() {
        fixture.given(handedOver(), trialStarted())
                .when(new EndTrialCommand(ID, ENDED_ON, " ", OWNER, null, ENDED_AT))
                .expectException(invalid("required", "summary"));
        fixture.given(handedOver(), trialStarted())
                .when(new EndTrialCommand(ID, ENDED_ON, "长".repeat(2001), OWNER, null, ENDED_AT))
                .expectException(invalid("too-long", "summary"));
    }

    // --- adoption --------------------------------------------------------------------------------

    /** ADOPTED: 10 points split 60/40 → 6.00 and 4.00, each for the worker's own unit. */
    @Test
    void theFirstAdoptionEarnsTheAuthorsTheAdoptedPointsByShare() {
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(adopt(OWNER))
                .expectEvents(adopted(),
                        points("w1", "ZC1", PointsReason.ADOPTED, 60, "6.00"),
                        points("w2", "JJ2", PointsReason.ADOPTED, 40, "4.00"));
        assertThat(adoptions.askedProposal).isEqualTo(PROPOSAL);
        assertThat(adoptions.askedUnit).isEqualTo(UNIT);
    }

    /** REPLICATED: 5 points split 60/40 → 3.00 and 2.00. */
    @Test
    void anAdoptionAfterAnotherUnitsIsAReplication() {
        adoptions.adoptedElsewhere = true;
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(adopt(OWNER))
                .expectEvents(new ResultAdoptedEvent(ID, PROPOSAL, "ZC1", UNIT, true, AWARDED_AT, OWNER, ADOPTED_AT),
                        points("w1", "ZC1", PointsReason.REPLICATED, 60, "3.00"),
                        points("w2", "JJ2", PointsReason.REPLICATED, 40, "2.00"));
    }

    /** The year's table counts: adopted 7 → 4.20 and 2.80. */
    @Test
    void pointsComeFromTheResultsYear() {
        PointsTable d = PointsTable.defaults();
        fixture = ConversionTestData.fixture(adoptions, new PointsTable(d.accepted(), d.first(), d.second(), d.third(),
                d.merit(), d.patentFiled(), d.inventionGranted(), d.utilityModelGranted(), d.designGranted(), 7, 0));
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(adopt(LEADER))
                .expectEvents(new ResultAdoptedEvent(ID, PROPOSAL, "ZC1", UNIT, false, AWARDED_AT, LEADER, ADOPTED_AT),
                        points("w1", "ZC1", PointsReason.ADOPTED, 60, "4.20"),
                        points("w2", "JJ2", PointsReason.ADOPTED, 40, "2.80"));
        adoptions.adoptedElsewhere = true;
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(adopt(LEADER))
                .expectEvents(new ResultAdoptedEvent(ID, PROPOSAL, "ZC1", UNIT, true, AWARDED_AT, LEADER, ADOPTED_AT));
    }

    /** The award was withdrawn after the handover: no adoption and no points, but declining still works. */
    @Test
    void aResultNoLongerAwardedCannotBeAdopted() {
        fixture = ConversionTestData.fixture(adoptions, PointsTable.defaults(), new InMemoryAwardedResults());
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(adopt(OWNER))
                .expectException(conflict("no-longer-awarded"))
                .expectNoEvents();
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(decline("奖项撤销 award withdrawn"))
                .expectEvents(new AdoptionDeclinedEvent(ID, PROPOSAL, "奖项撤销 award withdrawn", OWNER, ADOPTED_AT));
    }

    @Test
    void adoptionOnlyAfterTheTrialEnded() {
        fixture.given(handedOver())
                .when(adopt(OWNER))
                .expectException(conflict("trial-not-ended"));
        fixture.given(handedOver(), trialStarted())
                .when(adopt(OWNER))
                .expectException(conflict("trial-not-ended"));
        fixture.given(handedOver(), trialStarted())
                .when(decline("不适用 not suitable"))
                .expectException(conflict("trial-not-ended"));
    }

    @Test
    void theAdoptionIsDecidedOnce() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(adopt(OWNER))
                .expectException(conflict("already-decided"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(decline("改主意 changed mind"))
                .expectException(conflict("already-decided"));
    }

    @Test
    void theOwnerDeclinesWithAReason() {
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(decline(" 工况不符 conditions differ "))
                .expectEvents(new AdoptionDeclinedEvent(ID, PROPOSAL, "工况不符 conditions differ", OWNER, ADOPTED_AT));
    }

    @Test
    void decliningNeedsAReason() {
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(decline(null))
                .expectException(invalid("reason-required", "reason"));
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(decline("  "))
                .expectException(invalid("reason-required", "reason"));
    }

    @Test
    void afterDecliningNothingElseIsAccepted() {
        AdoptionDeclinedEvent declined = new AdoptionDeclinedEvent(ID, PROPOSAL, "工况不符", OWNER, ADOPTED_AT);
        fixture.given(handedOver(), trialStarted(), trialEnded(), declined)
                .when(adopt(OWNER))
                .expectException(conflict("declined"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), declined)
                .when(decline("再次 again"))
                .expectException(conflict("declined"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), declined)
                .when(start(STARTED_ON, OWNER, STARTED_AT))
                .expectException(conflict("declined"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), declined)
                .when(end(ENDED_ON, OWNER, ENDED_AT))
                .expectException(conflict("declined"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), declined)
                .when(new ReportBenefitCommand(ID, 3, BigDecimal.TEN, 0, BigDecimal.ONE, OWNER, null,
                        Instant.parse("2026-02-01T02:00:00Z")))
                .expectException(conflict("declined"));
    }

    // --- commands sent by the process ------------------------------------------------------------

    @Test
    void aProcessCommandCarriesItsIdOnTheEventAndARepeatIsIgnored() {
        fixture.given(handedOver())
                .when(new StartTrialCommand(ID, STARTED_ON, OWNER, "pi-1:startTrial", STARTED_AT))
                .expectEvents(trialStarted())
                .expectEventsMatching(Matchers.exactSequenceOf(withProcessCommandId("pi-1:startTrial"),
                        Matchers.andNoMore()));
        fixture.given(handedOver())
                .andGiven(new GenericDomainEventMessage<>("Conversion", ID, 1, trialStarted(),
                        MetaData.with(ProcessCommand.META_DATA_KEY, "pi-1:startTrial")))
                .when(new StartTrialCommand(ID, STARTED_ON, OWNER, "pi-1:startTrial", STARTED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(handedOver())
                .andGiven(new GenericDomainEventMessage<>("Conversion", ID, 1, trialStarted(),
                        MetaData.with(ProcessCommand.META_DATA_KEY, "pi-1:startTrial")))
                .when(new StartTrialCommand(ID, STARTED_ON, OWNER, "pi-2:startTrial", STARTED_AT))
                .expectException(conflict("trial-started"));
    }

    @Test
    void aRepeatedAdoptionFromTheProcessIsIgnored() {
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .andGiven(new GenericDomainEventMessage<>("Conversion", ID, 3, adopted(),
                        MetaData.with(ProcessCommand.META_DATA_KEY, "pi-1:decideAdoption")))
                .when(new DecideAdoptionCommand(ID, true, null, OWNER, "pi-1:decideAdoption", ADOPTED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static TypeSafeMatcher<EventMessage<?>> withProcessCommandId(String id) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(EventMessage<?> event) {
                return id.equals(event.getMetaData().get(ProcessCommand.META_DATA_KEY));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an event with processCommandId " + id);
            }
        };
    }
}
