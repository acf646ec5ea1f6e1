package com.wuxiao.command.commendation;

import com.wuxiao.command.commendation.api.CommendationConfirmedEvent;
import com.wuxiao.command.commendation.api.CommendationDraftedEvent;
import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.ConfirmCommendationCommand;
import com.wuxiao.command.commendation.api.DraftCommendationCommand;
import com.wuxiao.command.commendation.api.RecommendResultCommand;
import com.wuxiao.command.commendation.api.ResultRecommendedEvent;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.command.commendation.api.UnitStanding;
import com.wuxiao.command.commendation.api.WorkerStanding;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.AwardedResult;
import com.wuxiao.command.testing.InMemoryAwardedResults;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class AnnualCommendationTest {

    private static final String ID = "COMM-2025";
    private static final Instant T1 = Instant.parse("2025-12-20T02:00:00Z");
    private static final Instant T2 = Instant.parse("2025-12-22T02:00:00Z");
    /** Top 2 workers are named (the year's configuration). */
    private static final YearConfig YEAR = topN(YearConfig.defaults(2025, List.of(new Category("JDYS", "机电运输"))), 2);
    private static final AwardedResult RESULT_2025 = new AwardedResult("p-1", "采煤机截齿快换", "ZC1", "JDYS", 2025,
            "2025-Q2", Grade.FIRST, List.of(new Author("w1", 100)), Instant.parse("2025-07-06T02:00:00Z"));
    private static final AwardedResult RESULT_2024 = new AwardedResult("p-0", "旧成果", "ZC1", "JDYS", 2024,
            "2024-Q4", Grade.THIRD, List.of(new Author("w1", 100)), Instant.parse("2025-01-06T02:00:00Z"));

    private static final List<WorkerStanding> WORKERS = List.of(
            new WorkerStanding("w1", "ZC1", new BigDecimal("22.00")),
            new WorkerStanding("w2", "ZC1", new BigDecimal("14.00")),
            new WorkerStanding("w3", "JJ2", new BigDecimal("14.00")),
            new WorkerStanding("w4", "JJ2", new BigDecimal("3.00")));
    // ZC1: rate 0.1, 2 awards per 100, 1 adoption → 40 + 40 + 20 = 100.00
    // JJ2: rate 0.05, 1 per 100, 0 adoptions → 20 + 20 + 0 = 40.00; ⌈0.10 × 2⌉ = 1 unit commended
    private static final List<UnitStanding> UNITS = List.of(
            new UnitStanding("ZC1", 100, 10, 2, 1), new UnitStanding("JJ2", 200, 10, 2, 0));

    private FixtureConfiguration<AnnualCommendation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualCommendation.class)
                .registerInjectableResource(new InMemoryUserDirectory()
                        .unit("GH").unit("ZC1").unit("JJ2")
                        .actor("leader", "GH", Role.UNION_LEADER)
                        .actor("w1", "ZC1", Role.WORKER))
                .registerInjectableResource(new InMemoryCompetitionYears().with(YEAR)
                        .withHeadcounts(2025, Map.of("ZC1", 100, "JJ2", 200)))
                .registerInjectableResource(new InMemoryAwardedResults().with(RESULT_2025).with(RESULT_2024));
    }

    private static YearConfig topN(YearConfig config, int topN) {
        return new YearConfig(config.year(), config.categories(), config.declarationMonths(), config.weights(),
                config.quotas(), config.rewards(), config.points(), config.deadlines(), topN);
    }

    private static DraftCommendationCommand draft(List<WorkerStanding> workers, List<UnitStanding> units) {
        return new DraftCommendationCommand(ID, 2025, workers, units, "leader", T1);
    }

    private static CommendationDraftedEvent drafted() {
        return new CommendationDraftedEvent(ID, 2025,
                List.of(new CommendedWorker(1, "w1", "ZC1", new BigDecimal("22.00")),
                        new CommendedWorker(2, "w2", "ZC1", new BigDecimal("14.00")),
                        new CommendedWorker(2, "w3", "JJ2", new BigDecimal("14.00"))),
                List.of(new UnitScore(1, "ZC1", new BigDecimal("0.1000"), new BigDecimal("2.0000"), 1,
                                new BigDecimal("100.00"), true),
                        new UnitScore(2, "JJ2", new BigDecimal("0.0500"), new BigDecimal("1.0000"), 0,
                                new BigDecimal("40.00"), false)),
                "leader", T1);
    }

    @Test
    void theUnionOfficeDraftsTheYearsCommendationByTheRules() {
        fixture.givenNoPriorActivity()
                .when(draft(WORKERS, UNITS))
                .expectEvents(drafted());
    }

    @Test
    void draftingAgainReplacesTheDraft() {
        fixture.given(drafted())
                .when(draft(WORKERS, UNITS))
                .expectEvents(drafted());
    }

    @Test
    void theUnionLeaderConfirms() {
        fixture.given(drafted())
                .when(new ConfirmCommendationCommand(ID, "leader", T2))
                .expectEvents(new CommendationConfirmedEvent(ID, 2025, "leader", T2));
    }

    @Test
    void aConfirmedCommendationCannotBeDraftedOrConfirmedAgain() {
        fixture.given(drafted(), new CommendationConfirmedEvent(ID, 2025, "leader", T2))
                .when(draft(WORKERS, UNITS))
                .expectException(conflict("commendation-confirmed"));
        fixture.given(drafted(), new CommendationConfirmedEvent(ID, 2025, "leader", T2))
                .when(new ConfirmCommendationCommand(ID, "leader", T2))
                .expectException(conflict("commendation-confirmed"));
    }

    @Test
    void nothingToConfirmBeforeADraft() {
        fixture.givenNoPriorActivity()
                .when(new ConfirmCommendationCommand(ID, "leader", T2))
                .expectException(AggregateNotFoundException.class);
        fixture.given(new ResultRecommendedEvent(ID, 2025, "p-1", "采煤机截齿快换", "ZC1", Grade.FIRST, null, "leader", T1))
                .when(new ConfirmCommendationCommand(ID, "leader", T2))
                .expectException(conflict("not-drafted"));
    }

    @Test
    void onlyTheUnionOffice() {
        fixture.givenNoPriorActivity()
                .when(new DraftCommendationCommand(ID, 2025, WORKERS, UNITS, "w1", T1))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void aUnitWithoutHeadcountOfTheYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(draft(WORKERS, List.of(new UnitStanding("TFQ", 50, 3, 1, 0))))
                .expectException(invalid("headcount-missing", "units"));
    }

    /** Standings read just before a headcount reached the read model: the year's headcounts count. */
    @Test
    void theHeadcountsAreTheYearsNotTheStandingsCopy() {
        fixture.givenNoPriorActivity()
                .when(draft(WORKERS, List.of(new UnitStanding("ZC1", 0, 10, 2, 1), new UnitStanding("JJ2", 7, 10, 2, 0))))
                .expectEvents(drafted());
    }

    @Test
    void repeatedOrNegativeStandingsAreRefused() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of(WORKERS.get(0), WORKERS.get(0)), UNITS))
                .expectException(invalid("duplicate-standing", "workers"));
        fixture.givenNoPriorActivity()
                .when(draft(List.of(new WorkerStanding("w1", "ZC1", new BigDecimal("-1.00"))), UNITS))
                .expectException(invalid("invalid-points", "workers"));
    }

    @Test
    void anUnconfiguredYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftCommendationCommand("COMM-2030", 2030, WORKERS, UNITS, "leader", T1))
                .expectException(invalid("year-not-configured", "year"));
    }

    @Test
    void theIdMustBeTheYears() {
        fixture.givenNoPriorActivity()
                .when(new DraftCommendationCommand("COMM-2024", 2025, WORKERS, UNITS, "leader", T1))
                .expectException(invalid("year-mismatch", "year"));
    }

    @Test
    void anAwardedResultOfTheYearIsRecommendedOnce() {
        ResultRecommendedEvent recommended = new ResultRecommendedEvent(ID, 2025, "p-1", "采煤机截齿快换", "ZC1",
                Grade.FIRST, "推荐参加集团评选", "leader", T2);
        fixture.givenNoPriorActivity()
                .when(new RecommendResultCommand(ID, 2025, "p-1", "推荐参加集团评选", "leader", T2))
                .expectEvents(recommended);
        fixture.given(recommended)
                .when(new RecommendResultCommand(ID, 2025, "p-1", "再次推荐", "leader", T2))
                .expectException(conflict("already-recommended"));
    }

    @Test
    void onlyAwardedResultsOfTheYearAreRecommended() {
        fixture.givenNoPriorActivity()
                .when(new RecommendResultCommand(ID, 2025, "p-9", null, "leader", T2))
                .expectException(conflict("not-awarded"));
        fixture.givenNoPriorActivity()
                .when(new RecommendResultCommand(ID, 2025, "p-0", null, "leader", T2))
                .expectException(conflict("other-year"));
    }
}
