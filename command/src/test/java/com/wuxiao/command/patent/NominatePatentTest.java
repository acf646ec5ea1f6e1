package com.wuxiao.command.patent;

import com.wuxiao.command.patent.api.NominatePatentCommand;
import com.wuxiao.command.patent.api.PatentNominatedEvent;
import com.wuxiao.command.patent.api.PatentType;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.wuxiao.command.patent.PatentTestData.AWARDED_AT;
import static com.wuxiao.command.patent.PatentTestData.ID;
import static com.wuxiao.command.patent.PatentTestData.NOMINATED_AT;
import static com.wuxiao.command.patent.PatentTestData.PROPOSAL;
import static com.wuxiao.command.patent.PatentTestData.TITLE;
import static com.wuxiao.command.patent.PatentTestData.nominated;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class NominatePatentTest {

    private FixtureConfiguration<PatentCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = PatentTestData.fixture();
    }

    private static NominatePatentCommand nominate(String by, PatentType type) {
        return new NominatePatentCommand(ID, PROPOSAL, type, by, NOMINATED_AT);
    }

    @Test
    void theIdIsPrefixedTheResult() {
        org.assertj.core.api.Assertions.assertThat(PatentCase.idOf("p-1")).isEqualTo("PAT-p-1");
    }

    @Test
    void theUnionOfficeNominatesAnAwardedResultWithItsFacts() {
        fixture.givenNoPriorActivity()
                .when(nominate("leader", PatentType.UTILITY_MODEL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PatentNominatedEvent(ID, PROPOSAL, TITLE, "ZC1", 2025, PatentType.UTILITY_MODEL,
                        AWARDED_AT, "leader", NOMINATED_AT));
    }

    @Test
    void oneCasePerResult() {
        fixture.given(nominated(PatentType.INVENTION))
                .when(nominate("leader", PatentType.DESIGN))
                .expectException(conflict("already-nominated"))
                .expectNoEvents();
    }

    @Test
    void onlyTheUnionOfficeNominates() {
        fixture.givenNoPriorActivity()
                .when(nominate("w1", PatentType.INVENTION))
                .expectException(forbidden("not-union-leader"));
        fixture.givenNoPriorActivity()
                .when(nominate("nobody", PatentType.INVENTION))
                .expectException(forbidden("unknown-user"));
        fixture.givenNoPriorActivity()
                .when(nominate(null, PatentType.INVENTION))
                .expectException(forbidden("unknown-user"));
    }

    @Test
    void onlyAnAwardedResult() {
        fixture.givenNoPriorActivity()
                .when(new NominatePatentCommand("PAT-p-9", "p-9", PatentType.INVENTION, "leader", NOMINATED_AT))
                .expectException(conflict("not-awarded"))
                .expectNoEvents();
    }

    @Test
    void theTypeIsRequired() {
        fixture.givenNoPriorActivity()
                .when(nominate("leader", null))
                .expectException(invalid("required", "type"));
    }

    @Test
    void theCaseIdMustBeTheResults() {
        fixture.givenNoPriorActivity()
                .when(new NominatePatentCommand("PAT-p-0", PROPOSAL, PatentType.INVENTION, "leader", NOMINATED_AT))
                .expectException(invalid("patent-id-mismatch", "patentId"));
    }

    @Test
    void theResultIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new NominatePatentCommand("PAT-", " ", PatentType.INVENTION, "leader", NOMINATED_AT))
                .expectException(invalid("required", "proposalId"));
    }
}
