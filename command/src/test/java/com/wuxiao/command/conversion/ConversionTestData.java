package com.wuxiao.command.conversion;

import com.wuxiao.command.competition.api.Category;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.PointsTable;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.conversion.api.ResultAdoptedEvent;
import com.wuxiao.command.conversion.api.ResultHandedOverEvent;
import com.wuxiao.command.conversion.api.TrialEndedEvent;
import com.wuxiao.command.conversion.api.TrialStartedEvent;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.AwardedResult;
import com.wuxiao.command.testing.InMemoryAwardedResults;
import com.wuxiao.command.testing.InMemoryCompetitionYears;
import com.wuxiao.command.testing.InMemoryUserDirectory;
import com.wuxiao.command.testing.ProcessCommandIds;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One awarded result (P1 of unit ZC1, authors w1 60 % and w2 40 %) handed over to unit JJ2 with
 * owner O1. Times are UTC; Beijing is 8 hours ahead, so 02:00Z is 10:00 the same day there.
 */
final class ConversionTestData {

    static final String PROPOSAL = "P1";
    static final String UNIT = "JJ2";
    static final String ID = "CONV-P1-JJ2";
    static final String LEADER = "L1";
    static final String OWNER = "O1";
    static final String OTHER_OWNER = "O2";
    static final Instant AWARDED_AT = Instant.parse("2025-07-06T02:00:00Z");
    static final AwardedResult RESULT = new AwardedResult(PROPOSAL, "采煤机截齿快换", "ZC1", "JDYS", 2025, "2025-Q2",
            Grade.FIRST, List.of(new Author("w1", 60), new Author("w2", 40)), AWARDED_AT);
    /** Handed over on 2025-08-01 (Beijing). */
    static final Instant HANDED_OVER_AT = Instant.parse("2025-08-01T02:00:00Z");
    static final PlannedMilestones PLANNED = new PlannedMilestones(LocalDate.parse("2025-08-10"),
            LocalDate.parse("2025-09-30"), LocalDate.parse("2025-10-15"));
    static final LocalDate STARTED_ON = LocalDate.parse("2025-08-12");
    static final Instant STARTED_AT = Instant.parse("2025-08-12T03:00:00Z");
    static final LocalDate ENDED_ON = LocalDate.parse("2025-09-28");
    static final Instant ENDED_AT = Instant.parse("2025-09-28T08:00:00Z");
    /** Adopted on 2025-10-10 (Beijing): the reports are due from 2026-01-10 and 2026-10-10. */
    static final Instant ADOPTED_AT = Instant.parse("2025-10-10T01:00:00Z");

    /** Whether the port says another unit adopted the result before; tests switch it. */
    static final class StubResultAdoptions implements ResultAdoptions {
        boolean adoptedElsewhere;
        String askedProposal;
        String askedUnit;

        @Override
        public boolean adoptedByAnotherUnit(String proposalId, String receivingUnitId) {
            askedProposal = proposalId;
            askedUnit = receivingUnitId;
            return adoptedElsewhere;
        }
    }

    private ConversionTestData() {
    }

    static FixtureConfiguration<Conversion> fixture(StubResultAdoptions adoptions) {
        return fixture(adoptions, PointsTable.defaults());
    }

    static FixtureConfiguration<Conversion> fixture(StubResultAdoptions adoptions, PointsTable points) {
        return fixture(adoptions, points, new InMemoryAwardedResults().with(RESULT));
    }

    /** With the awarded results the port knows, e.g. none once the award has been withdrawn. */
    static FixtureConfiguration<Conversion> fixture(StubResultAdoptions adoptions, PointsTable points,
                                                    InMemoryAwardedResults results) {
        YearConfig defaults = YearConfig.defaults(2025, List.of(new Category("JDYS", "机电运输")));
        YearConfig year = new YearConfig(2025, defaults.categories(), defaults.declarationMonths(), defaults.weights(),
                defaults.quotas(), defaults.rewards(), points, defaults.deadlines(), defaults.commendationTopN());
        return ProcessCommandIds.onEvents(new AggregateTestFixture<>(Conversion.class))
                .registerInjectableResource(new InMemoryUserDirectory()
                        .unit("GH").unit("ZC1").unit("JJ2").unit("ZC3")
                        .actor(LEADER, "GH", Role.UNION_LEADER)
                        .actor(OWNER, "JJ2", Role.PRODUCTION_OWNER)
                        .actor(OTHER_OWNER, "ZC3", Role.PRODUCTION_OWNER)
                        .actor("JJ2-worker", "JJ2", Role.WORKER)
                        .actor("w1", "ZC1", Role.WORKER)
                        .actor("w2", "JJ2", Role.WORKER))
                .registerInjectableResource(results)
                .registerInjectableResource(new InMemoryCompetitionYears().with(year))
                .registerInjectableResource(adoptions);
    }

    static ResultHandedOverEvent handedOver() {
        return new ResultHandedOverEvent(ID, PROPOSAL, "采煤机截齿快换", "ZC1", UNIT, OWNER, PLANNED, AWARDED_AT, LEADER,
                HANDED_OVER_AT);
    }

    static TrialStartedEvent trialStarted() {
        return new TrialStartedEvent(ID, PROPOSAL, STARTED_ON, OWNER, STARTED_AT);
    }

    static TrialEndedEvent trialEnded() {
        return new TrialEndedEvent(ID, PROPOSAL, ENDED_ON, "运行稳定 runs stable", OWNER, ENDED_AT);
    }

    static ResultAdoptedEvent adopted() {
        return new ResultAdoptedEvent(ID, PROPOSAL, "ZC1", UNIT, false, AWARDED_AT, OWNER, ADOPTED_AT);
    }
}
