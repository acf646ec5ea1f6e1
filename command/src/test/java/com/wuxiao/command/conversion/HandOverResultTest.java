package com.wuxiao.command.conversion;

import com.wuxiao.command.conversion.api.HandOverResultCommand;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.wuxiao.command.conversion.ConversionTestData.HANDED_OVER_AT;
import static com.wuxiao.command.conversion.ConversionTestData.ID;
import static com.wuxiao.command.conversion.ConversionTestData.LEADER;
import static com.wuxiao.command.conversion.ConversionTestData.OTHER_OWNER;
import static com.wuxiao.command.conversion.ConversionTestData.OWNER;
import static com.wuxiao.command.conversion.ConversionTestData.PLANNED;
import static com.wuxiao.command.conversion.ConversionTestData.PROPOSAL;
import static com.wuxiao.command.conversion.ConversionTestData.UNIT;
import static com.wuxiao.command.conversion.ConversionTestData.handedOver;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class HandOverResultTest {

    private FixtureConfiguration<Conversion> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConversionTestData.fixture(new ConversionTestData.StubResultAdoptions());
    }

    private static HandOverResultCommand handOver(String by, String proposal, String unit, String owner,
                                                  PlannedMilestones planned) {
        return new HandOverResultCommand(Conversion.idOf(proposal, unit), proposal, unit, owner, planned, by,
                HANDED_OVER_AT);
    }

    private static PlannedMilestones planned(String trialStart, String trialEnd, String decision) {
        return new PlannedMilestones(LocalDate.parse(trialStart), LocalDate.parse(trialEnd), LocalDate.parse(decision));
    }

    @Test
    void theIdNamesTheResultAndTheReceivingUnit() {
        assertThat(Conversion.idOf("P1", "JJ2")).isEqualTo("CONV-P1-JJ2");
    }

    @Test
    void theUnionLeaderHandsAnAwardedResultOverWithTheResultsTitleUnitAndAwardTime() {
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, OWNER, PLANNED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(handedOver());
    }

    @Test
    void milestonesMayFallOnOneDayIncludingTheHandoverDay() {
        // handover on 2025-08-01 in Beijing: a trial from that very day is allowed
        PlannedMilestones sameDay = planned("2025-08-01", "2025-08-01", "2025-08-01");
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, OWNER, sameDay))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSecondHandoverOfTheResultToTheSameUnitIsRefused() {
        fixture.given(handedOver())
                .when(handOver(LEADER, PROPOSAL, UNIT, OWNER, PLANNED))
                .expectException(conflict("already-handed-over"))
                .expectNoEvents();
    }

    @Test
    void onlyTheUnionLeaderHandsOver() {
        fixture.givenNoPriorActivity()
                .when(handOver(OWNER, PROPOSAL, UNIT, OWNER, PLANNED))
                .expectException(forbidden("not-union-leader"));
        fixture.givenNoPriorActivity()
                .when(handOver("nobody", PROPOSAL, UNIT, OWNER, PLANNED))
                .expectException(forbidden("unknown-user"));
    }

    @Test
    void onlyAnAwardedResult() {
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, "P-not-awarded", UNIT, OWNER, PLANNED))
                .expectException(conflict("not-awarded"));
    }

    @Test
    void theReceivingUnitMustExist() {
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, "NOPE", OWNER, PLANNED))
                .expectException(invalid("unknown-unit", "receivingUnitId"));
    }

    @Test
    void theOwnerMustBeAProductionOwnerOfTheReceivingUnit() {
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, OTHER_OWNER, PLANNED))
                .expectException(invalid("not-production-owner", "ownerId"));
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, "JJ2-worker", PLANNED))
                .expectException(invalid("not-production-owner", "ownerId"));
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, null, PLANNED))
                .expectException(invalid("not-production-owner", "ownerId"));
    }

    @Test
    void theIdMustMatchResultAndUnit() {
        fixture.givenNoPriorActivity()
                .when(new HandOverResultCommand(ID, PROPOSAL, "ZC3", OTHER_OWNER, PLANNED, LEADER, HANDED_OVER_AT))
                .expectException(invalid("id-mismatch", "conversionId"));
    }

    @Test
    void plannedMilestonesAreRequired() {
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, OWNER, null))
                .expectException(invalid("required", "planned"));
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, OWNER,
                        new PlannedMilestones(LocalDate.parse("2025-08-10"), null, LocalDate.parse("2025-10-15"))))
                .expectException(invalid("required", "planned"));
    }

    @Test
    void plannedMilestonesMustBeInOrder() {
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, OWNER, planned("2025-09-01", "2025-08-31", "2025-10-01")))
                .expectException(invalid("milestones-out-of-order", "planned"));
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, OWNER, planned("2025-08-10", "2025-09-30", "2025-09-29")))
                .expectException(invalid("milestones-out-of-order", "planned"));
    }

    @Test
    void plannedMilestonesCannotBeBeforeTheHandoverDayInBeijing() {
        fixture.givenNoPriorActivity()
                .when(handOver(LEADER, PROPOSAL, UNIT, OWNER, planned("2025-07-31", "2025-09-30", "2025-10-15")))
                .expectException(invalid("planned-before-handover", "planned"));
        // 2025-07-31T17:00Z is already 2025-08-01 01:00 in Beijing
        fixture.givenNoPriorActivity()
                .when(new HandOverResultCommand(ID, PROPOSAL, UNIT, OWNER, planned("2025-07-31", "2025-09-30", "2025-10-15"),
                        LEADER, Instant.parse("2025-07-31T17:00:00Z")))
                .expectException(invalid("planned-before-handover", "planned"));
    }
}
