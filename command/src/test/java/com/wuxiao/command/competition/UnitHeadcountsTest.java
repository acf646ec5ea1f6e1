package com.wuxiao.command.competition;

import com.wuxiao.command.competition.api.CompetitionYearConfiguredEvent;
import com.wuxiao.command.competition.api.SetUnitHeadcountsCommand;
import com.wuxiao.command.competition.api.UnitHeadcountsSetEvent;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class UnitHeadcountsTest {

    private static final Instant T0 = Instant.parse("2025-01-02T01:00:00Z");
    private static final Instant T1 = Instant.parse("2025-01-03T01:00:00Z");
    private static final CompetitionYearConfiguredEvent CONFIGURED =
            new CompetitionYearConfiguredEvent("2025", new YearConfigs().build(), "leader", T0);

    private FixtureConfiguration<CompetitionYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CompetitionYear.class)
                .registerInjectableResource(new InMemoryUserDirectory()
                        .unit("GH").unit("ZC1").unit("JJ2")
                        .actor("leader", "GH", Role.UNION_LEADER)
                        .actor("c1", "ZC1", Role.WORKER, Role.UNIT_COORDINATOR));
    }

    private static SetUnitHeadcountsCommand set(String by, Map<String, Integer> headcounts) {
        return new SetUnitHeadcountsCommand("2025", headcounts, by, T1);
    }

    @Test
    void theUnionOfficeStatesTheHeadcounts() {
        fixture.given(CONFIGURED)
                .when(set("leader", Map.of("ZC1", 120, "JJ2", 85)))
                .expectEvents(new UnitHeadcountsSetEvent("2025", Map.of("ZC1", 120, "JJ2", 85), "leader", T1));
    }

    @Test
    void theSameHeadcountsAgainRecordNothing() {
        fixture.given(CONFIGURED, new UnitHeadcountsSetEvent("2025", Map.of("ZC1", 120), "leader", T0))
                .when(set("leader", Map.of("ZC1", 120)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void newHeadcountsReplaceTheOldOnes() {
        fixture.given(CONFIGURED, new UnitHeadcountsSetEvent("2025", Map.of("ZC1", 120), "leader", T0))
                .when(set("leader", Map.of("ZC1", 118, "JJ2", 85)))
                .expectEvents(new UnitHeadcountsSetEvent("2025", Map.of("ZC1", 118, "JJ2", 85), "leader", T1));
    }

    @Test
    void aYearMustBeConfiguredFirst() {
        fixture.givenNoPriorActivity()
                .when(set("leader", Map.of("ZC1", 120)))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void onlyTheUnionOfficeMay() {
        fixture.given(CONFIGURED)
                .when(set("c1", Map.of("ZC1", 120)))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void unknownUnitsAreRefused() {
        fixture.given(CONFIGURED)
                .when(set("leader", Map.of("XX9", 10)))
                .expectException(invalid("unknown-unit", "headcounts"));
    }

    @Test
    void aHeadcountBelowOneIsRefused() {
        fixture.given(CONFIGURED)
                .when(set("leader", Map.of("ZC1", 0)))
                .expectException(invalid("invalid-headcount", "headcounts"));
    }

    @Test
    void aMissingHeadcountIsRefused() {
        Map<String, Integer> headcounts = new HashMap<>();
        headcounts.put("ZC1", null);
        fixture.given(CONFIGURED)
                .when(set("leader", headcounts))
                .expectException(invalid("invalid-headcount", "headcounts"));
    }

    @Test
    void noHeadcountsAreRefused() {
        fixture.given(CONFIGURED)
                .when(set("leader", Map.of()))
                .expectException(invalid("required", "headcounts"));
    }
}
