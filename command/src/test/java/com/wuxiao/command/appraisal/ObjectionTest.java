package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.DecideObjectionCommand;
import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.ObjectionDecisionOutcome;
import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.ObjectionUpheldEvent;
import com.wuxiao.command.appraisal.api.PublicityStartedEvent;
import com.wuxiao.command.appraisal.api.RaiseObjectionCommand;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RankingApprovedEvent;
import com.wuxiao.command.appraisal.api.ReReviewDue;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.appraisal.api.RoundRankedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.wuxiao.command.appraisal.AppraisalTestData.P1;
import static com.wuxiao.command.appraisal.AppraisalTestData.P2;
import static com.wuxiao.command.appraisal.AppraisalTestData.P3;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_APPROVE;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_PUBLICITY_END;
import static com.wuxiao.command.appraisal.AppraisalTestData.fullyScored;
import static com.wuxiao.command.appraisal.AppraisalTestData.history;
import static com.wuxiao.command.appraisal.AppraisalTestData.published;
import static com.wuxiao.command.appraisal.AppraisalTestData.ranked;
import static com.wuxiao.command.appraisal.AppraisalTestData.result;
import static com.wuxiao.command.appraisal.AppraisalTestData.score;
import static com.wuxiao.command.appraisal.AppraisalTestData.standardRanking;
import static com.wuxiao.command.competition.api.Grade.FIRST;
import static com.wuxiao.command.competition.api.Grade.MERIT;
import static com.wuxiao.command.competition.api.Grade.THIRD;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static com.wuxiao.command.testing.Violations.notFound;

/** The standard round (p-1 FIRST 85.00, p-2 THIRD 75.00, p-3 MERIT 64.00) is in its 5-day publicity. */
class ObjectionTest extends AppraisalFixtureTest {

    private static final Instant T_OBJECT = T_APPROVE.plus(Duration.ofDays(2));
    private static final Instant T_DECIDE = T_APPROVE.plus(Duration.ofDays(3));
    private static final String REASON = "该成果与 2025 年已获奖成果雷同";

    private static RaiseObjectionCommand raise(String objectorId, String reason, Instant at) {
        return new RaiseObjectionCommand(ROUND, "o-1", "p-1", objectorId, reason, at);
    }

    private static ObjectionRaisedEvent raised(String objectionId) {
        return new ObjectionRaisedEvent(ROUND, objectionId, "p-1", "w9", REASON, T_OBJECT);
    }

    private static DecideObjectionCommand decide(String objectionId, boolean upheld) {
        return new DecideObjectionCommand(ROUND, objectionId, upheld, "leader", "经核查", T_DECIDE);
    }

    private static List<Object> upheld() {
        return history(published(), raised("o-1"),
                new ObjectionUpheldEvent(ROUND, "o-1", "p-1", "leader", "经核查", T_DECIDE),
                new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.OBJECTION, null, "o-1", T_DECIDE));
    }

    // --- raising ---------------------------------------------------------------------------------

    @Test
    void anyWorkerObjectsDuringPublicity() {
        fixture.given(published())
                .when(raise("w9", REASON, T_OBJECT))
                .expectEvents(new ObjectionRaisedEvent(ROUND, "o-1", "p-1", "w9", REASON, T_OBJECT));
    }

    @Test
    void fromTheFirstMomentOfPublicity() {
        fixture.given(published())
                .when(raise("w9", REASON, T_APPROVE))
                .expectEvents(new ObjectionRaisedEvent(ROUND, "o-1", "p-1", "w9", REASON, T_APPROVE));
    }

    @Test
    void untilTheLastMomentBeforeItsEnd() {
        Instant last = T_PUBLICITY_END.minusMillis(1);
        fixture.given(published())
                .when(raise("w9", REASON, last))
                .expectEvents(new ObjectionRaisedEvent(ROUND, "o-1", "p-1", "w9", REASON, last));
    }

    @Test
    void notWhenThePublicityHasEnded() {
        fixture.given(published())
                .when(raise("w9", REASON, T_PUBLICITY_END))
                .expectException(conflict("not-in-publicity"))
                .expectNoEvents();
    }

    @Test
    void notBeforeThePublicity() {
        fixture.given(history(fullyScored(), standardRanking()))
                .when(raise("w9", REASON, T_OBJECT))
                .expectException(conflict("not-in-publicity"));
    }

    @Test
    void notBeforeThePublicityStarts() {
        fixture.given(published())
                .when(raise("w9", REASON, T_APPROVE.minusSeconds(1)))
                .expectException(conflict("not-in-publicity"));
    }

    @Test
    void anUnknownPersonDoesNotObject() {
        fixture.given(published())
                .when(raise("ghost", REASON, T_OBJECT))
                .expectException(forbidden("unknown-user"));
    }

    @Test
    void anObjectionNeedsAReason() {
        fixture.given(published())
                .when(raise("w9", "  ", T_OBJECT))
                .expectException(invalid("required", "reason"));
    }

    @Test
    void aReasonOf2001CharsIsRefused() {
        fixture.given(published())
                .when(raise("w9", "异".repeat(2001), T_OBJECT))
                .expectException(invalid("too-long", "reason"));
    }

    @Test
    void onlyAgainstAProposalOfTheRound() {
        fixture.given(published())
                .when(new RaiseObjectionCommand(ROUND, "o-1", "p-9", "w9", REASON, T_OBJECT))
                .expectException(notFound("unknown-proposal"));
    }

    @Test
    void anObjectionIdIsUsedOnce() {
        fixture.given(history(published(), raised("o-1")))
                .when(raise("w9", REASON, T_OBJECT))
                .expectException(conflict("duplicate-objection"));
    }

    // --- deciding --------------------------------------------------------------------------------

    @Test
    void anUpheldObjectionSendsTheProposalToReReview() {
        fixture.given(history(published(), raised("o-1")))
                .when(decide("o-1", true))
                .expectEvents(new ObjectionUpheldEvent(ROUND, "o-1", "p-1", "leader", "经核查", T_DECIDE),
                        new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.OBJECTION, null, "o-1", T_DECIDE))
                .expectResultMessagePayload(new ObjectionDecisionOutcome("o-1", "p-1", true,
                        new ReReviewDue("p-1", ReReviewReason.OBJECTION, null, "o-1")));
    }

    @Test
    void afterAnUpheldObjectionTheRoundCannotBeFinalised() {
        fixture.given(upheld())
                .when(new FinaliseRoundCommand(ROUND, "leader", T_PUBLICITY_END))
                .expectException(conflict("not-published"));
    }

    @Test
    void afterAnUpheldObjectionThePublicityIsOver() {
        fixture.given(upheld())
                .when(new RaiseObjectionCommand(ROUND, "o-2", "p-2", "w9", REASON, T_DECIDE))
                .expectException(conflict("not-in-publicity"));
    }

    @Test
    void afterAnUpheldObjectionTheRoundWaitsForTheConsensus() {
        fixture.given(upheld())
                .when(new RankRoundCommand(ROUND, "leader", T_DECIDE))
                .expectException(conflict("scoring-open"));
    }

    @Test
    void theScorersDoNotScoreAgainInReReview() {
        fixture.given(upheld())
                .when(new RecordScoreCommand(ROUND, "p-1", "b1", 60, 60, 60, null, null, T_DECIDE))
                .expectException(conflict("in-re-review"));
    }

    /** p-1's consensus 60.00 replaces 85.00: p-2 75.00 FIRST, p-3 64.00 THIRD, p-1 60.00 MERIT. */
    @Test
    void afterTheConsensusTheRoundIsRankedAgain() {
        Instant rerank = T_DECIDE.plus(Duration.ofDays(1));
        fixture.given(history(upheld(), new ConsensusScoreRecordedEvent(ROUND, "p-1", 60, 60, 60, score("60.00"),
                        "leader", null, T_DECIDE)))
                .when(new RankRoundCommand(ROUND, "leader", rerank))
                .expectEvents(new RoundRankedEvent(ROUND, List.of(
                        result(P2, "75.00", 1, FIRST), result(P3, "64.00", 2, THIRD), result(P1, "60.00", 3, MERIT)),
                        "leader", rerank));
    }

    @Test
    void theNewRankingIsApprovedAndPublishedAgain() {
        Instant reapprove = T_DECIDE.plus(Duration.ofDays(2));
        fixture.given(history(upheld(), new ConsensusScoreRecordedEvent(ROUND, "p-1", 60, 60, 60, score("60.00"),
                                "leader", null, T_DECIDE),
                        ranked(result(P2, "75.00", 1, FIRST), result(P3, "64.00", 2, THIRD),
                                result(P1, "60.00", 3, MERIT))))
                .when(new ApproveRankingCommand(ROUND, "leader", reapprove))
                .expectEvents(new RankingApprovedEvent(ROUND, "leader", reapprove),
                        new PublicityStartedEvent(ROUND, reapprove, reapprove.plus(Duration.ofDays(5))));
    }

    @Test
    void theNewPublicityCountsNotTheOldOne() {
        Instant reapprove = T_DECIDE.plus(Duration.ofDays(2));
        fixture.given(history(upheld(), new ConsensusScoreRecordedEvent(ROUND, "p-1", 60, 60, 60, score("60.00"),
                                "leader", null, T_DECIDE),
                        ranked(result(P2, "75.00", 1, FIRST), result(P3, "64.00", 2, THIRD),
                                result(P1, "60.00", 3, MERIT)),
                        new RankingApprovedEvent(ROUND, "leader", reapprove),
                        new PublicityStartedEvent(ROUND, reapprove, reapprove.plus(Duration.ofDays(5)))))
                .when(new FinaliseRoundCommand(ROUND, "leader", T_PUBLICITY_END))
                .expectException(conflict("publicity-not-over"));
    }

    @Test
    void aDeniedObjectionChangesNothingElse() {
        fixture.given(history(published(), raised("o-1")))
                .when(decide("o-1", false))
                .expectEvents(new ObjectionDeniedEvent(ROUND, "o-1", "p-1", "leader", "经核查", T_DECIDE))
                .expectResultMessagePayload(new ObjectionDecisionOutcome("o-1", "p-1", false, null));
    }

    @Test
    void afterADenialThePublicityGoesOn() {
        fixture.given(history(published(), raised("o-1"),
                        new ObjectionDeniedEvent(ROUND, "o-1", "p-1", "leader", "经核查", T_DECIDE)))
                .when(new RaiseObjectionCommand(ROUND, "o-2", "p-2", "w9", REASON, T_DECIDE))
                .expectEvents(new ObjectionRaisedEvent(ROUND, "o-2", "p-2", "w9", REASON, T_DECIDE));
    }

    @Test
    void aProposalAlreadyInReReviewIsNotSentTwice() {
        fixture.given(history(published(), raised("o-1"), raised("o-2"),
                        new ObjectionUpheldEvent(ROUND, "o-1", "p-1", "leader", "经核查", T_DECIDE),
                        new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.OBJECTION, null, "o-1", T_DECIDE)))
                .when(decide("o-2", true))
                .expectEvents(new ObjectionUpheldEvent(ROUND, "o-2", "p-1", "leader", "经核查", T_DECIDE))
                .expectResultMessagePayload(new ObjectionDecisionOutcome("o-2", "p-1", true, null));
    }

    @Test
    void anObjectionIsDecidedOnce() {
        fixture.given(history(published(), raised("o-1"),
                        new ObjectionDeniedEvent(ROUND, "o-1", "p-1", "leader", "经核查", T_DECIDE)))
                .when(decide("o-1", true))
                .expectException(conflict("objection-already-decided"));
    }

    @Test
    void anUnknownObjectionIsNotFound() {
        fixture.given(published())
                .when(decide("o-9", true))
                .expectException(notFound("unknown-objection"));
    }

    @Test
    void onlyTheUnionLeaderDecides() {
        fixture.given(history(published(), raised("o-1")))
                .when(new DecideObjectionCommand(ROUND, "o-1", true, "g1", null, T_DECIDE))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void aNoteOf2001CharsIsRefused() {
        fixture.given(history(published(), raised("o-1")))
                .when(new DecideObjectionCommand(ROUND, "o-1", false, "leader", "注".repeat(2001), T_DECIDE))
                .expectException(invalid("too-long", "note"));
    }
}
