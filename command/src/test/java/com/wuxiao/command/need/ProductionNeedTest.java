package com.wuxiao.command.need;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.need.api.CloseNeedCommand;
import com.wuxiao.command.need.api.NeedClosedEvent;
import com.wuxiao.command.need.api.NeedPublishedEvent;
import com.wuxiao.command.need.api.PublishNeedCommand;
import com.wuxiao.command.need.api.PublishedNeed;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class ProductionNeedTest {

    private static final String ID = "NEED-1";
    /** 2025-03-10 10:00 Beijing. */
    private static final Instant AT = Instant.parse("2025-03-10T02:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2025, 6, 30);

    private FixtureConfiguration<ProductionNeed> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProductionNeed.class)
                .registerInjectableResource(new InMemoryUserDirectory()
                        .unit("ZC1").unit("JJ2").unit("GH")
                        .actor("owner", "ZC1", Role.PRODUCTION_OWNER)
                        .actor("owner2", "JJ2", Role.PRODUCTION_OWNER)
                        .actor("w1", "ZC1", Role.WORKER)
                        .actor("leader", "GH", Role.UNION_LEADER))
                .registerInjectableResource(new InMemoryCompetitionYears()
                        .with(YearConfig.defaults(2025, List.of(new Category("JDYS", "机电运输")))));
    }

    private static PublishNeedCommand publish(String by, String unit, LocalDate deadline) {
        return new PublishNeedCommand(ID, " 皮带机跑偏 ", "主运皮带经常跑偏，需人工调整。", unit, "JDYS", deadline,
                "解决者奖励 2000 元", by, AT);
    }

    private static NeedPublishedEvent published(String by, String unit) {
        return new NeedPublishedEvent(ID, "皮带机跑偏", "主运皮带经常跑偏，需人工调整。", unit, "JDYS", DEADLINE,
                "解决者奖励 2000 元", by, AT);
    }

    @Test
    void anOwnerPublishesForTheirUnitAndTheUnionOfficeForAny() {
        fixture.givenNoPriorActivity()
                .when(publish("owner", "ZC1", DEADLINE))
                .expectEvents(published("owner", "ZC1"));
        fixture.givenNoPriorActivity()
                .when(publish("leader", "JJ2", DEADLINE))
                .expectEvents(published("leader", "JJ2"));
    }

    @Test
    void noOneElsePublishesNorAnOwnerForAnotherUnit() {
        fixture.givenNoPriorActivity().when(publish("owner", "JJ2", DEADLINE))
                .expectException(forbidden("not-needs-owner"));
        fixture.givenNoPriorActivity().when(publish("w1", "ZC1", DEADLINE))
                .expectException(forbidden("not-needs-owner"));
        fixture.givenNoPriorActivity().when(publish("nobody", "ZC1", DEADLINE))
                .expectException(forbidden("unknown-user"));
    }

    @Test
    void theDeadlineMayBeTodayOrLaterOrNone() {
        fixture.givenNoPriorActivity()
                .when(publish("owner", "ZC1", LocalDate.of(2025, 3, 10)))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(publish("owner", "ZC1", null))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(publish("owner", "ZC1", LocalDate.of(2025, 3, 9)))
                .expectException(invalid("deadline-past", "deadline"));
    }

    @Test
    void fieldsAreCheckedNamingThem() {
        fixture.givenNoPriorActivity()
                .when(new PublishNeedCommand(ID, " ", "问题", "ZC1", "JDYS", null, null, "owner", AT))
                .expectException(invalid("required", "title"));
        fixture.givenNoPriorActivity()
                .when(new PublishNeedCommand(ID, "标题", "问题", "ZC1", "XXXX", null, null, "owner", AT))
                .expectException(invalid("unknown-category", "categoryCode"));
        fixture.givenNoPriorActivity()
                .when(new PublishNeedCommand(ID, "标题", "问题", "NOPE", "JDYS", null, null, "leader", AT))
                .expectException(invalid("unknown-unit", "unitId"));
        fixture.givenNoPriorActivity()
                .when(new PublishNeedCommand(ID, "标题", "问题", "ZC1", "JDYS", null, "x".repeat(501), "owner", AT))
                .expectException(invalid("too-long", "rewardNote"));
    }

    @Test
    void theYearMustBeConfigured() {
        fixture.givenNoPriorActivity()
                .when(new PublishNeedCommand(ID, "标题", "问题", "ZC1", "JDYS", null, null, "owner",
                        Instant.parse("2026-03-10T02:00:00Z")))
                .expectException(conflict("year-not-configured"));
    }

    @Test
    void theUnitsOwnerOrTheUnionOfficeClosesItOnce() {
        Instant closedAt = AT.plusSeconds(86_400);
        fixture.given(published("owner", "ZC1"))
                .when(new CloseNeedCommand(ID, true, " 已由申报解决 ", "owner", closedAt))
                .expectEvents(new NeedClosedEvent(ID, "ZC1", true, "已由申报解决", "owner", closedAt));
        fixture.given(published("owner", "ZC1"))
                .when(new CloseNeedCommand(ID, false, null, "owner2", closedAt))
                .expectException(forbidden("not-needs-owner"));
        fixture.given(published("owner", "ZC1"), new NeedClosedEvent(ID, "ZC1", false, null, "leader", closedAt))
                .when(new CloseNeedCommand(ID, true, null, "owner", closedAt))
                .expectException(conflict("need-closed"));
    }

    @Test
    void answerableWhileOpenUpToTheDeadlineDay() {
        PublishedNeed need = new PublishedNeed(ID, "t", "ZC1", DEADLINE, false);
        assertThat(need.answerableOn(DEADLINE)).isTrue();
        assertThat(need.answerableOn(DEADLINE.plusDays(1))).isFalse();
        assertThat(new PublishedNeed(ID, "t", "ZC1", null, false).answerableOn(DEADLINE.plusYears(5))).isTrue();
        assertThat(new PublishedNeed(ID, "t", "ZC1", null, true).answerableOn(DEADLINE)).isFalse();
    }
}
