package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.PointsAwardedEvent;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.RankedProposal;
import com.wuxiao.command.appraisal.api.RewardGrantedEvent;
import com.wuxiao.command.appraisal.api.RoundConfig;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.RewardAmounts;
import com.wuxiao.command.proposal.api.Author;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.wuxiao.command.appraisal.AppraisalTestData.A1;
import static com.wuxiao.command.appraisal.AppraisalTestData.A2;
import static com.wuxiao.command.appraisal.AppraisalTestData.A3;
import static com.wuxiao.command.appraisal.AppraisalTestData.P1;
import static com.wuxiao.command.appraisal.AppraisalTestData.P2;
import static com.wuxiao.command.appraisal.AppraisalTestData.P3;
import static com.wuxiao.command.appraisal.AppraisalTestData.POOL;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_APPROVE;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_PUBLICITY_END;
import static com.wuxiao.command.appraisal.AppraisalTestData.approved;
import static com.wuxiao.command.appraisal.AppraisalTestData.assigned;
import static com.wuxiao.command.appraisal.AppraisalTestData.defaultConfig;
import static com.wuxiao.command.appraisal.AppraisalTestData.fullyScored;
import static com.wuxiao.command.appraisal.AppraisalTestData.history;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.appraisal.AppraisalTestData.panelNamed;
import static com.wuxiao.command.appraisal.AppraisalTestData.publicityStarted;
import static com.wuxiao.command.appraisal.AppraisalTestData.published;
import static com.wuxiao.command.appraisal.AppraisalTestData.ranked;
import static com.wuxiao.command.appraisal.AppraisalTestData.result;
import static com.wuxiao.command.appraisal.AppraisalTestData.score;
import static com.wuxiao.command.appraisal.AppraisalTestData.scoredAll;
import static com.wuxiao.command.appraisal.AppraisalTestData.standardRanking;
import static com.wuxiao.command.competition.api.Grade.FIRST;
import static com.wuxiao.command.competition.api.Grade.MERIT;
import static com.wuxiao.command.competition.api.Grade.NONE;
import static com.wuxiao.command.competition.api.Grade.THIRD;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.listWithAnyOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

/**
 * Finalisation of the standard round (p-1 FIRST, p-2 THIRD, p-3 MERIT) with the default rewards
 * (¥5,000 / 3,000 / 1,000 / 300) and points (20 / 12 / 6 / 2), split by contribution share.
 */
class FinaliseRoundTest extends AppraisalFixtureTest {

    private static final FinaliseRoundCommand FINALISE = new FinaliseRoundCommand(ROUND, "leader", T_PUBLICITY_END);

    private static RoundFinalisedEvent finalised(List<RankedProposal> results) {
        return new RoundFinalisedEvent(ROUND, 2026, 4, results, "leader", T_PUBLICITY_END);
    }

    private static RewardGrantedEvent reward(PoolEntry entry, String workerId, String workerUnitId, Grade grade,
                                             int share, long fen) {
        return new RewardGrantedEvent(ROUND, entry.proposalId(), entry.unitId(), workerId, workerUnitId, grade, share,
                fen, T_PUBLICITY_END);
    }

    private static PointsAwardedEvent points(PoolEntry entry, String workerId, String workerUnitId, Grade grade,
                                             int share, String points) {
        return new PointsAwardedEvent(ROUND, entry.proposalId(), entry.unitId(), workerId, workerUnitId, grade, share,
                score(points), T_PUBLICITY_END);
    }

    /**
     * p-1 FIRST ¥5,000 = 500000 fen at 60/40: 300000 and 200000; 20 points: 12.00 and 8.00.
     * p-2 THIRD 100000 fen and 6.00 points to its only author w3.
     * p-3 MERIT 30000 fen at 33/33/34: 9900, 9900, 10200 (no remainder); 2 points: 0.66, 0.66, 0.68.
     * w6 is a co-author of U3's p-3 but belongs to U2: their part counts for U2.
     */
    @Test
    void afterThePublicityTheGradesAreFinalAndRewardsAndPointsAreSplit() {
        fixture.given(published())
                .when(FINALISE)
                .expectEvents(finalised(standardRanking().ranking()),
                        reward(P1, "w1", "U1", FIRST, 60, 300_000), reward(P1, "w2", "U1", FIRST, 40, 200_000),
                        points(P1, "w1", "U1", FIRST, 60, "12.00"), points(P1, "w2", "U1", FIRST, 40, "8.00"),
                        reward(P2, "w3", "U2", THIRD, 100, 100_000),
                        points(P2, "w3", "U2", THIRD, 100, "6.00"),
                        reward(P3, "w4", "U3", MERIT, 33, 9_900), reward(P3, "w5", "U3", MERIT, 33, 9_900),
                        reward(P3, "w6", "U2", MERIT, 34, 10_200),
                        points(P3, "w4", "U3", MERIT, 33, "0.66"), points(P3, "w5", "U3", MERIT, 33, "0.66"),
                        points(P3, "w6", "U2", MERIT, 34, "0.68"));
    }

    /**
     * MERIT configured as 33333 fen (¥333.33) at 33/33/34: ⌊10999.89⌋ = 10999, 10999, ⌊11333.22⌋ =
     * 11333, together 33331; the remainder 2 goes to the first-listed author w4: 11001.
     */
    @Test
    void theRemainderOfTheMoneyGoesToTheFirstListedAuthor() {
        RoundConfig d = defaultConfig();
        RoundConfig odd = new RoundConfig(d.weights(), d.quotas(), new RewardAmounts(500_000, 300_000, 100_000, 33_333),
                d.points(), d.publicity());
        fixture.given(history(opened(POOL, odd), panelNamed(), assigned(), scoredAll(A1, 90, 80, 85),
                        scoredAll(A2, 70, 75, 80), scoredAll(A3, 62, 64, 66), standardRanking(), approved(),
                        publicityStarted()))
                .when(FINALISE)
                .expectEvents(finalised(standardRanking().ranking()),
                        reward(P1, "w1", "U1", FIRST, 60, 300_000), reward(P1, "w2", "U1", FIRST, 40, 200_000),
                        points(P1, "w1", "U1", FIRST, 60, "12.00"), points(P1, "w2", "U1", FIRST, 40, "8.00"),
                        reward(P2, "w3", "U2", THIRD, 100, 100_000),
                        points(P2, "w3", "U2", THIRD, 100, "6.00"),
                        reward(P3, "w4", "U3", MERIT, 33, 11_001), reward(P3, "w5", "U3", MERIT, 33, 10_999),
                        reward(P3, "w6", "U2", MERIT, 34, 11_333),
                        points(P3, "w4", "U3", MERIT, 33, "0.66"), points(P3, "w5", "U3", MERIT, 33, "0.66"),
                        points(P3, "w6", "U2", MERIT, 34, "0.68"));
    }

    /** A proposal graded NONE earns nothing. */
    @Test
    void noneEarnsNothing() {
        RankedProposal none = result(P1, "59.00", 1, NONE);
        fixture.given(history(opened(List.of(P1)), panelNamed(), assigned(List.of(A1)), scoredAll(A1, 59, 60, 58),
                        ranked(none), approved(), publicityStarted()))
                .when(FINALISE)
                .expectEvents(finalised(List.of(none)));
    }

    /** With no money configured for FIRST only the points are awarded: 20 at 50/50 → 10.00 each. */
    @Test
    void aGradeWithoutMoneyGrantsNoReward() {
        RoundConfig d = defaultConfig();
        RoundConfig noMoney = new RoundConfig(d.weights(), d.quotas(), new RewardAmounts(0, 0, 0, 0), d.points(),
                d.publicity());
        PoolEntry p = new PoolEntry("p-1", "U1", List.of(new Author("w1", 50), new Author("w2", 50)), null);
        RankedProposal first = result(p, "80.00", 1, FIRST);
        fixture.given(history(opened(List.of(p), noMoney), panelNamed(), assigned(List.of(A1)),
                        scoredAll(A1, 80, 80, 80), ranked(first), approved(), publicityStarted()))
                .when(FINALISE)
                .expectEvents(finalised(List.of(first)),
                        points(p, "w1", "U1", FIRST, 50, "10.00"), points(p, "w2", "U1", FIRST, 50, "10.00"));
    }

    /** An author no longer in the directory still gets their part; their unit is unknown (null). */
    @Test
    void anAuthorWhoLeftStillGetsTheirPart() {
        PoolEntry p = new PoolEntry("p-1", "U1", List.of(new Author("w1", 50), new Author("gone", 50)), null);
        RankedProposal first = result(p, "80.00", 1, FIRST);
        fixture.given(history(opened(List.of(p)), panelNamed(), assigned(List.of(A1)), scoredAll(A1, 80, 80, 80),
                        ranked(first), approved(), publicityStarted()))
                .when(FINALISE)
                .expectEvents(finalised(List.of(first)),
                        reward(p, "w1", "U1", FIRST, 50, 250_000), reward(p, "gone", null, FIRST, 50, 250_000),
                        points(p, "w1", "U1", FIRST, 50, "10.00"), points(p, "gone", null, FIRST, 50, "10.00"));
    }

    @Test
    void notBeforeThePublicityEnds() {
        fixture.given(published())
                .when(new FinaliseRoundCommand(ROUND, "leader", T_PUBLICITY_END.minusSeconds(1)))
                .expectException(conflict("publicity-not-over"))
                .expectNoEvents();
    }

    @Test
    void notBeforeTheRankingIsApproved() {
        fixture.given(history(fullyScored(), standardRanking()))
                .when(FINALISE)
                .expectException(conflict("not-published"));
    }

    @Test
    void notWithAnUndecidedObjection() {
        fixture.given(history(published(),
                        new ObjectionRaisedEvent(ROUND, "o-1", "p-2", "w9", "有异议", T_APPROVE.plus(Duration.ofDays(1)))))
                .when(FINALISE)
                .expectException(conflict("undecided-objections"));
    }

    @Test
    void aDeniedObjectionDoesNotHoldTheRoundUp() {
        Instant objected = T_APPROVE.plus(Duration.ofDays(1));
        fixture.given(history(published(), new ObjectionRaisedEvent(ROUND, "o-1", "p-2", "w9", "有异议", objected),
                        new ObjectionDeniedEvent(ROUND, "o-1", "p-2", "leader", null, objected)))
                .when(FINALISE)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(listWithAnyOf(equalTo(finalised(standardRanking().ranking())))));
    }

    @Test
    void onlyTheUnionLeaderFinalises() {
        fixture.given(published())
                .when(new FinaliseRoundCommand(ROUND, "g1", T_PUBLICITY_END))
                .expectException(forbidden("not-union-leader"));
    }
}
