package com.wuxiao.command.appraisal;

import com.wuxiao.command.testing.ProcessCommandIds;
import com.wuxiao.command.appraisal.api.AppraisalRoundOpenedEvent;
import com.wuxiao.command.appraisal.api.OpenAppraisalRoundCommand;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.RoundConfig;
import com.wuxiao.command.appraisal.api.RoundOpened;
import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.GradeQuotas;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.ReviewDeadlines;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.competition.api.ScoreWeights;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static com.wuxiao.command.appraisal.AppraisalTestData.P1;
import static com.wuxiao.command.appraisal.AppraisalTestData.P2;
import static com.wuxiao.command.appraisal.AppraisalTestData.POOL;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T0;
import static com.wuxiao.command.appraisal.AppraisalTestData.defaultConfig;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;

class OpenAppraisalRoundTest extends AppraisalFixtureTest {

    private static final OpenAppraisalRoundCommand OPEN = new OpenAppraisalRoundCommand(ROUND, 2026, 4, "leader", T0);

    /** The quarter's accepted proposals, as the command side's lookup would give them. */
    private OpenAppraisalRoundCommand open(List<PoolEntry> pool) {
        pools.with(2026, 4, pool);
        return OPEN;
    }

    @Test
    void theUnionLeaderOpensTheQuartersRound() {
        fixture.givenNoPriorActivity()
                .when(OPEN)
                .expectEvents(new AppraisalRoundOpenedEvent(ROUND, 2026, 4, POOL, defaultConfig(), "leader", T0))
                .expectResultMessagePayload(new RoundOpened(ROUND, POOL.size()));
    }

    @Test
    void theRoundTakesTheQuartersPoolNotAnotherOne() {
        pools.with(2026, 3, List.of(P2)).with(2027, 4, List.of(P2));
        fixture.givenNoPriorActivity()
                .when(OPEN)
                .expectEvents(new AppraisalRoundOpenedEvent(ROUND, 2026, 4, POOL, defaultConfig(), "leader", T0));
    }

    @Test
    void theRoundKeepsASnapshotOfTheYearsRules() {
        YearConfig custom = new YearConfig(2026, List.of(new Category("JDYS", "机电运输")), Set.of(1, 2, 3),
                new ScoreWeights(50, 30, 20), new GradeQuotas(10, 20, 40, 65), new RewardAmounts(800_000, 1, 2, 3),
                new PointsTable(1, 30, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                new ReviewDeadlines(Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(3)), 10);
        fixture = ProcessCommandIds.onEvents(new AggregateTestFixture<>(AppraisalRound.class))
                .registerInjectableResource(AppraisalTestData.directory())
                .registerInjectableResource(new InMemoryCompetitionYears().with(custom))
                .registerInjectableResource(pools);
        RoundConfig snapshot = new RoundConfig(custom.weights(), custom.quotas(), custom.rewards(), custom.points(),
                Duration.ofDays(3));
        fixture.givenNoPriorActivity()
                .when(open(POOL))
                .expectEvents(new AppraisalRoundOpenedEvent(ROUND, 2026, 4, POOL, snapshot, "leader", T0));
    }

    @Test
    void onlyTheUnionLeaderOpens() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisalRoundCommand(ROUND, 2026, 4, "g1", T0))
                .expectException(forbidden("not-union-leader"))
                .expectNoEvents();
    }

    @Test
    void anUnknownUserDoesNotOpen() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisalRoundCommand(ROUND, 2026, 4, "ghost", T0))
                .expectException(forbidden("unknown-user"));
    }

    @Test
    void theRoundIdFollowsYearAndQuarter() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisalRoundCommand("2026-Q3", 2026, 4, "leader", T0))
                .expectException(invalid("round-id-mismatch", "roundId"));
    }

    @Test
    void aQuarterIsOneToFour() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisalRoundCommand("2026-Q5", 2026, 5, "leader", T0))
                .expectException(invalid("invalid-quarter", "quarter"));
    }

    @Test
    void theYearMustBeConfigured() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisalRoundCommand("2027-Q1", 2027, 1, "leader", T0))
                .expectException(conflict("year-not-configured"));
    }

    @Test
    void thePoolMustNotBeEmpty() {
        fixture.givenNoPriorActivity()
                .when(open(List.of()))
                .expectException(conflict("empty-pool"))
                .expectNoEvents();
    }

    @Test
    void aProposalIsInThePoolOnce() {
        fixture.givenNoPriorActivity()
                .when(open(List.of(P1, P2, P1)))
                .expectException(invalid("duplicate-proposal", "pool"));
    }

    @Test
    void aPoolEntryNeedsAUnit() {
        fixture.givenNoPriorActivity()
                .when(open(List.of(new PoolEntry("p-1", " ", P1.authors(), null))))
                .expectException(invalid("incomplete-pool-entry", "pool"));
    }

    @Test
    void sharesMustSumTo100() {
        fixture.givenNoPriorActivity()
                .when(open(List.of(new PoolEntry("p-1", "U1", List.of(new Author("w1", 60), new Author("w2", 30)), null))))
                .expectException(invalid("invalid-authors", "pool"));
    }

    @Test
    void anAuthorIsListedOnce() {
        fixture.givenNoPriorActivity()
                .when(open(List.of(new PoolEntry("p-1", "U1", List.of(new Author("w1", 50), new Author("w1", 50)), null))))
                .expectException(invalid("invalid-authors", "pool"));
    }

    @Test
    void aProposalHasAuthors() {
        fixture.givenNoPriorActivity()
                .when(open(List.of(new PoolEntry("p-1", "U1", List.of(), null))))
                .expectException(invalid("invalid-authors", "pool"));
    }

    @Test
    void aQuarterHasOneRound() {
        fixture.given(opened())
                .when(open(POOL))
                .expectException(conflict("already-opened"))
                .expectNoEvents();
    }
}
