package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RankingOutcome;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.wuxiao.command.appraisal.AppraisalTestData.A1;
import static com.wuxiao.command.appraisal.AppraisalTestData.A2;
import static com.wuxiao.command.appraisal.AppraisalTestData.A3;
import static com.wuxiao.command.appraisal.AppraisalTestData.P1;
import static com.wuxiao.command.appraisal.AppraisalTestData.P2;
import static com.wuxiao.command.appraisal.AppraisalTestData.P3;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_RANK;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_SCORE;
import static com.wuxiao.command.appraisal.AppraisalTestData.assigned;
import static com.wuxiao.command.appraisal.AppraisalTestData.assignment;
import static com.wuxiao.command.appraisal.AppraisalTestData.fullyScored;
import static com.wuxiao.command.appraisal.AppraisalTestData.history;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.appraisal.AppraisalTestData.panelNamed;
import static com.wuxiao.command.appraisal.AppraisalTestData.published;
import static com.wuxiao.command.appraisal.AppraisalTestData.ranked;
import static com.wuxiao.command.appraisal.AppraisalTestData.result;
import static com.wuxiao.command.appraisal.AppraisalTestData.score;
import static com.wuxiao.command.appraisal.AppraisalTestData.scored;
import static com.wuxiao.command.appraisal.AppraisalTestData.scoredAll;
import static com.wuxiao.command.appraisal.AppraisalTestData.standardRanking;
import static com.wuxiao.command.competition.api.Grade.FIRST;
import static com.wuxiao.command.competition.api.Grade.MERIT;
import static com.wuxiao.command.competition.api.Grade.NONE;
import static com.wuxiao.command.competition.api.Grade.THIRD;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static org.hamcrest.Matchers.containsString;

/**
 * Final scores and grades by the default quotas 5 / 15 / 35 % (cumulative), MERIT from 60. Cut-offs
 * ⌈p × n⌉: n = 1 → FIRST 1; n = 2 → FIRST 1, SECOND 1, THIRD 1; n = 3 → FIRST 1, SECOND 1, THIRD 2.
 */
class RankRoundTest extends AppraisalFixtureTest {

    private static final RankRoundCommand RANK = new RankRoundCommand(ROUND, "leader", T_RANK);

    private static List<Object> onlyP1(Assignment assignment) {
        return history(opened(List.of(P1)), panelNamed(), assigned(List.of(assignment)));
    }

    private static List<Object> p1AndP2() {
        return history(opened(List.of(P1, P2)), panelNamed(), assigned(List.of(A1, A2)));
    }

    @Test
    void theStandardRoundOfThree() {
        fixture.given(fullyScored())
                .when(RANK)
                .expectEvents(standardRanking())
                .expectResultMessagePayload(new RankingOutcome(standardRanking().ranking()));
    }

    // --- rounds of 1, 2 and 3 -------------------------------------------------------------------

    /**
     * Weighted 80.05 (40 × 81 + 35 × 79 + 25 × 80 = 8005 hundredths), 80.00, 80.00: mean
     * 80.0166… = 80.02 half-up. The only proposal is the first ⌈0.05⌉ = 1: FIRST.
     */
    @Test
    void aRoundOfOne() {
        fixture.given(history(onlyP1(A1),
                        new ScoreRecordedEvent(ROUND, "p-1", "b1", 81, 79, 80, score("80.05"), null, T_SCORE),
                        scored("p-1", "e2", 80), scored("p-1", "g1", 80)))
                .when(RANK)
                .expectEvents(ranked(result(P1, "80.02", 1, FIRST)));
    }

    /** 59, 60, 58: final 59.00, below 60: NONE even though it ranks first. */
    @Test
    void aRoundOfOneBelow60() {
        fixture.given(history(onlyP1(A1), scoredAll(A1, 59, 60, 58)))
                .when(RANK)
                .expectEvents(ranked(result(P1, "59.00", 1, NONE)));
    }

    /** 85.00 and 75.00: FIRST up to 1; SECOND and THIRD end at ⌈0.3⌉ = ⌈0.7⌉ = 1 too; the second is MERIT. */
    @Test
    void aRoundOfTwo() {
        fixture.given(history(p1AndP2(), scoredAll(A1, 90, 80, 85), scoredAll(A2, 70, 75, 80)))
                .when(RANK)
                .expectEvents(ranked(result(P1, "85.00", 1, FIRST), result(P2, "75.00", 2, MERIT)));
    }

    /** Tied with the last one inside FIRST, the second proposal is FIRST too; both rank 1. */
    @Test
    void aRoundOfTwoTied() {
        fixture.given(history(p1AndP2(), scoredAll(A1, 80, 80, 80), scoredAll(A2, 70, 80, 90)))
                .when(RANK)
                .expectEvents(ranked(result(P1, "80.00", 1, FIRST), result(P2, "80.00", 1, FIRST)));
    }

    /**
     * Two tie at the top: both FIRST. SECOND (cut-off 1) and THIRD (cut-off 2) stay where they
     * are and are already passed, so the third proposal is MERIT, ranked 3.
     */
    @Test
    void aRoundOfThreeTiedAtTheTop() {
        fixture.given(history(opened(), panelNamed(), assigned(), scoredAll(A1, 80, 80, 80),
                        scoredAll(A2, 80, 80, 80), scoredAll(A3, 70, 70, 70)))
                .when(RANK)
                .expectEvents(ranked(result(P1, "80.00", 1, FIRST), result(P2, "80.00", 1, FIRST),
                        result(P3, "70.00", 3, MERIT)));
    }

    /** p-2 and p-3 tie at 75.00 on the THIRD boundary (cut-off 2): both THIRD, both rank 2. */
    @Test
    void aRoundOfThreeTiedAtTheThirdBoundary() {
        fixture.given(history(opened(), panelNamed(), assigned(), scoredAll(A1, 90, 80, 85),
                        scoredAll(A2, 70, 75, 80), scoredAll(A3, 75, 75, 75)))
                .when(RANK)
                .expectEvents(ranked(result(P1, "85.00", 1, FIRST), result(P2, "75.00", 2, THIRD),
                        result(P3, "75.00", 2, THIRD)));
    }

    // --- final score -----------------------------------------------------------------------------

    /** Four scores are all counted: (61 + 70 + 80 + 90) / 4 = 75.25. */
    @Test
    void withFourScoresAllCount() {
        Assignment four = assignment("p-1", "b1", "b2", "e2", "g1");
        fixture.given(history(onlyP1(four), scoredAll(four, 61, 70, 80, 90)))
                .when(RANK)
                .expectEvents(ranked(result(P1, "75.25", 1, FIRST)));
    }

    /** Five scores: the highest (90) and the lowest (61) are dropped: (70 + 75 + 80) / 3 = 75.00. */
    @Test
    void withFiveScoresTheHighestAndLowestAreDropped() {
        Assignment five = assignment("p-1", "b1", "b2", "e2", "g1", "g2");
        fixture.given(history(onlyP1(five), scoredAll(five, 61, 70, 75, 80, 90)))
                .when(RANK)
                .expectEvents(ranked(result(P1, "75.00", 1, FIRST)));
    }

    /**
     * p-1 scored 80, 80, 40 went to re-review and got the consensus 70.00, which replaces all three
     * scores (their mean would be 66.67). Ranking: p-2 75.00 FIRST, p-1 70.00 THIRD, p-3 64.00 MERIT.
     */
    @Test
    void theConsensusScoreReplacesAllScores() {
        fixture.given(history(opened(), panelNamed(), assigned(), scoredAll(A1, 80, 80, 40),
                        new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.SPREAD, score("40.00"), null, T_SCORE),
                        new ConsensusScoreRecordedEvent(ROUND, "p-1", 70, 70, 70, score("70.00"), "leader", null,
                                T_SCORE),
                        scoredAll(A2, 70, 75, 80), scoredAll(A3, 62, 64, 66)))
                .when(RANK)
                .expectEvents(ranked(result(P2, "75.00", 1, FIRST), result(P1, "70.00", 2, THIRD),
                        result(P3, "64.00", 3, MERIT)))
                .expectResultMessagePayload(new RankingOutcome(List.of(result(P2, "75.00", 1, FIRST),
                        result(P1, "70.00", 2, THIRD), result(P3, "64.00", 3, MERIT))));
    }

    // --- refusals ----------------------------------------------------------------------------------

    @Test
    void notWhileAProposalLacksAScore() {
        fixture.given(history(opened(), panelNamed(), assigned(), scoredAll(A1, 90, 80, 85),
                        scoredAll(A2, 70, 75, 80), scoredAll(A3, 62, 64)))
                .when(RANK)
                .expectException(conflict("scoring-open"))
                .expectExceptionMessage(containsString("1 proposals"))
                .expectNoEvents();
    }

    @Test
    void notWhileAProposalIsInReReview() {
        fixture.given(history(opened(), panelNamed(), assigned(), scoredAll(A1, 80, 80, 40),
                        new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.SPREAD, score("40.00"), null, T_SCORE),
                        scoredAll(A2, 70, 75, 80)))
                .when(RANK)
                .expectException(conflict("scoring-open"))
                .expectExceptionMessage(containsString("2 proposals"));
    }

    @Test
    void notBeforeScorersAreAssigned() {
        fixture.given(opened(), panelNamed())
                .when(RANK)
                .expectException(conflict("scorers-not-assigned"));
    }

    @Test
    void notTwice() {
        fixture.given(history(fullyScored(), standardRanking()))
                .when(RANK)
                .expectException(conflict("already-ranked"));
    }

    @Test
    void notDuringPublicity() {
        fixture.given(published())
                .when(RANK)
                .expectException(conflict("already-ranked"));
    }

    @Test
    void onlyTheUnionLeaderRanks() {
        fixture.given(fullyScored())
                .when(new RankRoundCommand(ROUND, "g1", T_RANK))
                .expectException(forbidden("not-union-leader"));
    }
}
