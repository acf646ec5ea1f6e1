package com.wuxiao.command.competition;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.CompetitionYearConfiguredEvent;
import com.wuxiao.command.competition.api.ConfigureCompetitionYearCommand;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CompetitionYearTest {

    private static final Instant T0 = Instant.parse("2024-12-01T01:00:00Z");
    private static final Instant T1 = Instant.parse("2025-02-01T01:00:00Z");
    private static final YearConfig DEFAULTS = new YearConfigs().build();

    private FixtureConfiguration<CompetitionYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CompetitionYear.class)
                .registerInjectableResource(new InMemoryUserDirectory()
                        .unit("GH").unit("ZC1")
                        .actor("leader", "GH", Role.UNION_LEADER)
                        .actor("admin", "GH", Role.ADMIN)
                        .actor("c1", "ZC1", Role.WORKER, Role.UNIT_COORDINATOR));
    }

    private static ConfigureCompetitionYearCommand configure(YearConfig config) {
        return new ConfigureCompetitionYearCommand("2025", config, "leader", T1);
    }

    @Test
    void theUnionOfficeConfiguresANewYear() {
        fixture.givenNoPriorActivity()
                .when(new ConfigureCompetitionYearCommand("2025", DEFAULTS, "leader", T0))
                .expectEvents(new CompetitionYearConfiguredEvent("2025", DEFAULTS, "leader", T0))
                .expectState(year -> {
                    if (!DEFAULTS.equals(year.config())) {
                        throw new AssertionError("config not kept: " + year.config());
                    }
                });
    }

    @Test
    void theUnionOfficeChangesAConfiguredYear() {
        YearConfigs changed = new YearConfigs();
        changed.weights = new ScoreWeights(50, 30, 20);
        changed.declarationMonths = Set.of(3, 6, 9, 12);
        YearConfig config = changed.build();
        fixture.given(new CompetitionYearConfiguredEvent("2025", DEFAULTS, "leader", T0))
                .when(configure(config))
                .expectEvents(new CompetitionYearConfiguredEvent("2025", config, "leader", T1));
    }

    @Test
    void configuringTheSameRulesAgainRecordsNothing() {
        fixture.given(new CompetitionYearConfiguredEvent("2025", DEFAULTS, "leader", T0))
                .when(configure(new YearConfigs().build()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void tightestValidLimitsAreAccepted() {
        YearConfigs edge = new YearConfigs();
        edge.categories = List.of(new Category("X", "唯一类别"));
        edge.declarationMonths = Set.of(1, 12);
        edge.weights = new ScoreWeights(100, 0, 0);
        edge.quotas = new GradeQuotas(1, 1, 100, 100);
        edge.rewards = new RewardAmounts(0, 0, 0, 0);
        edge.points = new PointsTable(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        edge.deadlines = new ReviewDeadlines(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
        edge.commendationTopN = 1;
        YearConfig config = edge.build();
        fixture.givenNoPriorActivity()
                .when(configure(config))
                .expectEvents(new CompetitionYearConfiguredEvent("2025", config, "leader", T1));
    }

    @Test
    void anUnknownUserIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ConfigureCompetitionYearCommand("2025", DEFAULTS, "ghost", T0))
                .expectException(forbidden("unknown-user"))
                .expectNoEvents();
    }

    @Test
    void onlyTheUnionOfficeConfigures() {
        fixture.given(new CompetitionYearConfiguredEvent("2025", DEFAULTS, "leader", T0))
                .when(new ConfigureCompetitionYearCommand("2025", DEFAULTS, "c1", T1))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void anAdministratorIsNotTheUnionOffice() {
        fixture.givenNoPriorActivity()
                .when(new ConfigureCompetitionYearCommand("2025", DEFAULTS, "admin", T0))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void theConfigurationIsRequired() {
        fixture.givenNoPriorActivity()
                .when(configure(null))
                .expectException(invalid("required", "config"));
    }

    @Test
    void theConfigurationIsForTheYearItIsStoredUnder() {
        fixture.givenNoPriorActivity()
                .when(new ConfigureCompetitionYearCommand("2026", DEFAULTS, "leader", T0))
                .expectException(invalid("year-mismatch", "year"));
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                bad("year 1999", c -> c.year = 1999, "year-out-of-range", "year"),
                bad("year 2101", c -> c.year = 2101, "year-out-of-range", "year"),
                bad("no categories", c -> c.categories = List.of(), "required", "categories"),
                // YearConfig lets nulls through so that these reach the aggregate (400, not an NPE)
                bad("null categories", c -> c.categories = null, "required", "categories"),
                bad("null category", c -> c.categories = Arrays.asList(new Category("JDYS", "机电运输"), null),
                        "blank-category", "categories"),
                bad("null months", c -> c.declarationMonths = null, "required", "declarationMonths"),
                bad("null month", c -> c.declarationMonths = new HashSet<>(Arrays.asList(3, null)),
                        "invalid-month", "declarationMonths"),
                bad("blank category code", c -> c.categories = List.of(new Category(" ", "机电运输")),
                        "blank-category", "categories"),
                bad("category without name", c -> c.categories = List.of(new Category("JDYS", "")),
                        "blank-category", "categories"),
                bad("category code twice", c -> c.categories = List.of(new Category("JDYS", "机电运输"),
                        new Category("JDYS", "机电")), "duplicate-category", "categories"),
                bad("no months", c -> c.declarationMonths = Set.of(), "required", "declarationMonths"),
                bad("month 0", c -> c.declarationMonths = Set.of(0, 1), "invalid-month", "declarationMonths"),
                bad("month 13", c -> c.declarationMonths = Set.of(12, 13), "invalid-month", "declarationMonths"),
                bad("no weights", c -> c.weights = null, "required", "weights"),
                bad("weights 40+35+24", c -> c.weights = new ScoreWeights(40, 35, 24), "weights-not-100", "weights"),
                bad("weights 40+35+26", c -> c.weights = new ScoreWeights(40, 35, 26), "weights-not-100", "weights"),
                bad("negative weight", c -> c.weights = new ScoreWeights(110, -10, 0), "weights-not-100", "weights"),
                bad("no quotas", c -> c.quotas = null, "required", "quotas"),
                bad("no FIRST quota", c -> c.quotas = new GradeQuotas(0, 15, 35, 60), "invalid-quotas", "quotas"),
                bad("SECOND below FIRST", c -> c.quotas = new GradeQuotas(15, 5, 35, 60), "invalid-quotas", "quotas"),
                bad("THIRD below SECOND", c -> c.quotas = new GradeQuotas(5, 35, 15, 60), "invalid-quotas", "quotas"),
                bad("THIRD above 100", c -> c.quotas = new GradeQuotas(5, 15, 101, 60), "invalid-quotas", "quotas"),
                bad("merit score -1", c -> c.quotas = new GradeQuotas(5, 15, 35, -1), "invalid-merit-min-score",
                        "quotas.meritMinScore"),
                bad("merit score 101", c -> c.quotas = new GradeQuotas(5, 15, 35, 101), "invalid-merit-min-score",
                        "quotas.meritMinScore"),
                bad("no rewards", c -> c.rewards = null, "required", "rewards"),
                bad("negative reward", c -> c.rewards = new RewardAmounts(500_000, 300_000, 100_000, -1),
                        "negative-reward", "rewards"),
                bad("publicity of 400 days", c -> c.deadlines = new ReviewDeadlines(Duration.ofDays(7), Duration.ofDays(14),
                        Duration.ofDays(400)), "invalid-deadline", "deadlines"),
                bad("reward above a million yuan", c -> c.rewards = new RewardAmounts(100_000_001, 300_000, 100_000, 0),
                        "reward-too-large", "rewards"),
                bad("no points", c -> c.points = null, "required", "points"),
                bad("negative points", c -> c.points = new PointsTable(2, 20, 12, 6, 2, 5, 15, 8, 4, 10, -5),
                        "negative-points", "points"),
                bad("no deadlines", c -> c.deadlines = null, "required", "deadlines"),
                bad("zero escalation", c -> c.deadlines = new ReviewDeadlines(Duration.ZERO, Duration.ofDays(14),
                        Duration.ofDays(5)), "invalid-deadline", "deadlines"),
                bad("negative revision window", c -> c.deadlines = new ReviewDeadlines(Duration.ofDays(7),
                        Duration.ofDays(-14), Duration.ofDays(5)), "invalid-deadline", "deadlines"),
                bad("missing publicity", c -> c.deadlines = new ReviewDeadlines(Duration.ofDays(7),
                        Duration.ofDays(14), null), "invalid-deadline", "deadlines"),
                bad("nobody commended", c -> c.commendationTopN = 0, "invalid-commendation-top-n",
                        "commendationTopN"));
    }

    private static Arguments bad(String name, Consumer<YearConfigs> spoiler, String code, String field) {
        YearConfigs configs = new YearConfigs();
        spoiler.accept(configs);
        return arguments(name, configs, code, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void badConfigurationsAreRefusedNamingTheField(String name, YearConfigs configs, String code, String field) {
        YearConfig config = configs.build();
        fixture.given(new CompetitionYearConfiguredEvent("2025", DEFAULTS, "leader", T0))
                .when(new ConfigureCompetitionYearCommand(String.valueOf(config.year()), config, "leader", T1))
                .expectException(invalid(code, field))
                .expectNoEvents();
    }

    @Test
    void aBrokenFirstConfigurationCreatesNothing() {
        YearConfigs configs = new YearConfigs();
        configs.weights = new ScoreWeights(40, 35, 24);
        fixture.givenNoPriorActivity()
                .when(configure(configs.build()))
                .expectException(invalid("weights-not-100", "weights"))
                .expectNoEvents();
    }
}
