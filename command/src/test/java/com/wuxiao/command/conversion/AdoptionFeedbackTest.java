package com.wuxiao.command.conversion;

import com.wuxiao.command.conversion.api.AdoptionDeclinedEvent;
import com.wuxiao.command.conversion.api.AdoptionFeedbackGivenEvent;
import com.wuxiao.command.conversion.api.GiveAdoptionFeedbackCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

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

class AdoptionFeedbackTest {

    private static final Instant AT = Instant.parse("2025-12-01T02:00:00Z");

    private FixtureConfiguration<Conversion> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConversionTestData.fixture(new ConversionTestData.StubResultAdoptions());
    }

    @Test
    void theAdoptersOwnerOrTheUnionOfficeGivesFeedbackAsOftenAsTheyLike() {
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(new GiveAdoptionFeedbackCommand(ID, " 换齿时间由 40 分钟降到 8 分钟 ", " 卡具加长 5 cm ", OWNER, AT))
                .expectEvents(new AdoptionFeedbackGivenEvent(ID, PROPOSAL, UNIT, "换齿时间由 40 分钟降到 8 分钟",
                        "卡具加长 5 cm", OWNER, AT));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted(),
                        new AdoptionFeedbackGivenEvent(ID, PROPOSAL, UNIT, "好用", null, OWNER, AT))
                .when(new GiveAdoptionFeedbackCommand(ID, "仍然好用", "", LEADER, AT))
                .expectEvents(new AdoptionFeedbackGivenEvent(ID, PROPOSAL, UNIT, "仍然好用", null, LEADER, AT));
    }

    @Test
    void onlyOnAResultInUseByItsOwnerWithWhatWorked() {
        fixture.given(handedOver(), trialStarted(), trialEnded())
                .when(new GiveAdoptionFeedbackCommand(ID, "好用", null, OWNER, AT))
                .expectException(conflict("not-adopted"));
        fixture.given(handedOver(), trialStarted(), trialEnded(),
                        new AdoptionDeclinedEvent(ID, PROPOSAL, "不适用", OWNER, AT))
                .when(new GiveAdoptionFeedbackCommand(ID, "好用", null, OWNER, AT))
                .expectException(conflict("declined"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(new GiveAdoptionFeedbackCommand(ID, "好用", null, OTHER_OWNER, AT))
                .expectException(forbidden("not-owner"));
        fixture.given(handedOver(), trialStarted(), trialEnded(), adopted())
                .when(new GiveAdoptionFeedbackCommand(ID, " ", "改了", OWNER, AT))
                .expectException(invalid("required", "worked"));
    }
}
