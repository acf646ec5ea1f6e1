package com.wuxiao.command.commendation;

import com.wuxiao.command.commendation.api.ConferCraftsmanCommand;
import com.wuxiao.command.commendation.api.CraftsmanConferredEvent;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

/** 金牌工匠: conferred by the union leader on a worker, with a citation, once a year. */
class CraftsmanTest {

    private static final String ID = "COMM-2025";
    private static final Instant AT = Instant.parse("2025-12-20T02:00:00Z");
    private static final String CITATION = "扎根综采一线二十年，主持完成技术革新 12 项。";

    private FixtureConfiguration<AnnualCommendation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualCommendation.class)
                .registerInjectableResource(new InMemoryUserDirectory().unit("GH").unit("ZC1")
                        .actor("leader", "GH", Role.UNION_LEADER).actor("w1", "ZC1", Role.WORKER)
                        .actor("owner", "ZC1", Role.PRODUCTION_OWNER));
    }

    private static ConferCraftsmanCommand confer(String worker, String by, String citation) {
        return new ConferCraftsmanCommand(ID, 2025, worker, citation, by, AT);
    }

    @Test
    void theUnionLeaderConfersItWithACitationAtAnyTimeOfTheYear() {
        fixture.givenNoPriorActivity()
                .when(confer("w1", "leader", " " + CITATION + " "))
                .expectEvents(new CraftsmanConferredEvent(ID, 2025, "w1", "ZC1", CITATION, "leader", AT));
    }

    @Test
    void onceAWorkerAndYearOnAWorkerByTheUnionLeaderWithACitation() {
        fixture.given(new CraftsmanConferredEvent(ID, 2025, "w1", "ZC1", CITATION, "leader", AT))
                .when(confer("w1", "leader", "再次授予"))
                .expectException(conflict("already-conferred"));
        fixture.givenNoPriorActivity().when(confer("owner", "leader", CITATION))
                .expectException(invalid("unknown-worker", "workerId"));
        fixture.givenNoPriorActivity().when(confer("w1", "w1", CITATION))
                .expectException(forbidden("not-union-leader"));
        fixture.givenNoPriorActivity().when(confer("w1", "leader", " "))
                .expectException(invalid("required", "citation"));
        fixture.givenNoPriorActivity().when(confer("w1", "leader", "字".repeat(301)))
                .expectException(invalid("too-long", "citation"));
    }
}
