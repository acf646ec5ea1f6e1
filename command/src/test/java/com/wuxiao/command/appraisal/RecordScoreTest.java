package com.wuxiao.command.appraisal;

import com.wuxiao.command.common.api.ProcessCommand;
import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.PanelSeat;
import com.wuxiao.command.appraisal.api.PoolEntry;
import com.wuxiao.command.appraisal.api.ReReviewDue;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.appraisal.api.ScoreOutcome;
import com.wuxiao.command.appraisal.api.ScoreRecordedEvent;
import com.wuxiao.command.proposal.api.Author;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.wuxiao.command.appraisal.AppraisalTestData.B1;
import static com.wuxiao.command.appraisal.AppraisalTestData.B2;
import static com.wuxiao.command.appraisal.AppraisalTestData.E1;
import static com.wuxiao.command.appraisal.AppraisalTestData.E2;
import static com.wuxiao.command.appraisal.AppraisalTestData.G1;
import static com.wuxiao.command.appraisal.AppraisalTestData.G2;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_SCORE;
import static com.wuxiao.command.appraisal.AppraisalTestData.assigned;
import static com.wuxiao.command.appraisal.AppraisalTestData.assignment;
import static com.wuxiao.command.appraisal.AppraisalTestData.byProcess;
import static com.wuxiao.command.appraisal.AppraisalTestData.history;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.appraisal.AppraisalTestData.panelNamed;
import static com.wuxiao.command.appraisal.AppraisalTestData.score;
import static com.wuxiao.command.appraisal.AppraisalTestData.scored;
import static com.wuxiao.command.identity.api.PanelRole.TECH_EXPERT;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static com.wuxiao.command.testing.Violations.notFound;

/** p-1 is scored by b1, e2 and g1 (default weights 40/35/25). */
class RecordScoreTest extends AppraisalFixtureTest {

    private static RecordScoreCommand score1(String scorerId, Integer f, Integer b, Integer p) {
        return new RecordScoreCommand(ROUND, "p-1", scorerId, f, b, p, null, null, T_SCORE);
    }

    private static RecordScoreCommand byProcessCommand(String processCommandId) {
        return new RecordScoreCommand(ROUND, "p-1", "b1", 90, 80, 70, "好", processCommandId, T_SCORE);
    }

    /** p-1 scored 80.00, 80.00 and 49.75: spread 30.25 (see aSpreadAbove30SendsTheProposalToReReview). */
    private static final ScoreOutcome SPREAD_30_25 =
            new ScoreOutcome(new ReReviewDue("p-1", ReReviewReason.SPREAD, score("30.25"), null));

    private static List<Object> assignedRound() {
        return List.of(opened(), panelNamed(), assigned());
    }

    /** 0.40 × 90 + 0.35 × 80 + 0.25 × 70 = 36 + 28 + 17.5 = 81.50. */
    @Test
    void anAssignedScorerScoresAndTheWeightedScoreIsKept() {
        fixture.given(assignedRound())
                .when(new RecordScoreCommand(ROUND, "p-1", "b1", 90, 80, 70, "实用", null, T_SCORE))
                .expectEvents(new ScoreRecordedEvent(ROUND, "p-1", "b1", 90, 80, 70, score("81.50"), "实用", T_SCORE))
                .expectResultMessagePayload(ScoreOutcome.recorded());
    }

    /** 0.40 × 100 + 0.35 × 0 + 0.25 × 100 = 65.00: both ends of the range are fine. */
    @Test
    void zeroAndHundredAreScores() {
        fixture.given(assignedRound())
                .when(score1("b1", 100, 0, 100))
                .expectEvents(new ScoreRecordedEvent(ROUND, "p-1", "b1", 100, 0, 100, score("65.00"), null, T_SCORE));
    }

    @Test
    void aPanelMemberNotAssignedToTheProposalDoesNotScore() {
        fixture.given(assignedRound())
                .when(score1("b2", 80, 80, 80))
                .expectException(forbidden("not-assigned"))
                .expectNoEvents();
    }

    @Test
    void someoneOffThePanelDoesNotScore() {
        fixture.given(assignedRound())
                .when(score1("w9", 80, 80, 80))
                .expectException(forbidden("not-assigned"));
    }

    @Test
    void nobodyScoresBeforeTheAssignment() {
        fixture.given(opened(), panelNamed())
                .when(score1("b1", 80, 80, 80))
                .expectException(forbidden("not-assigned"));
    }

    @Test
    void anUnknownProposalIsNotScored() {
        fixture.given(assignedRound())
                .when(new RecordScoreCommand(ROUND, "p-9", "b1", 80, 80, 80, null, null, T_SCORE))
                .expectException(notFound("unknown-proposal"));
    }

    @Test
    void aScoreAbove100IsRefused() {
        fixture.given(assignedRound())
                .when(score1("b1", 101, 80, 80))
                .expectException(invalid("out-of-range", "feasibility"));
    }

    @Test
    void aNegativeScoreIsRefused() {
        fixture.given(assignedRound())
                .when(score1("b1", 80, -1, 80))
                .expectException(invalid("out-of-range", "benefit"));
    }

    @Test
    void everyCriterionIsScored() {
        fixture.given(assignedRound())
                .when(score1("b1", 80, 80, null))
                .expectException(invalid("required", "promotability"));
    }

    @Test
    void aCommentOf2001CharsIsRefused() {
        fixture.given(assignedRound())
                .when(new RecordScoreCommand(ROUND, "p-1", "b1", 80, 80, 80, "评".repeat(2001), null, T_SCORE))
                .expectException(invalid("too-long", "comment"));
    }

    @Test
    void oneScorePerScorerAndProposal() {
        fixture.given(history(assignedRound(), scored("p-1", "b1", 80)))
                .when(score1("b1", 70, 70, 70))
                .expectException(conflict("already-scored"));
    }

    // --- spread -----------------------------------------------------------------------------------

    /** 80.00, 80.00 and 0.40 × 50 + 0.35 × 50 + 0.25 × 49 = 49.75: spread 30.25 > 30. */
    @Test
    void aSpreadAbove30SendsTheProposalToReReview() {
        fixture.given(opened(), panelNamed(), assigned(), scored("p-1", "b1", 80), scored("p-1", "e2", 80))
                .when(score1("g1", 50, 50, 49))
                .expectEvents(new ScoreRecordedEvent(ROUND, "p-1", "g1", 50, 50, 49, score("49.75"), null, T_SCORE),
                        new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.SPREAD, score("30.25"), null, T_SCORE))
                .expectResultMessagePayload(SPREAD_30_25);
    }

    /** 80.00, 80.00, 50.00: spread exactly 30 is not more than 30. */
    @Test
    void aSpreadOf30IsFine() {
        fixture.given(opened(), panelNamed(), assigned(), scored("p-1", "b1", 80), scored("p-1", "e2", 80))
                .when(score1("g1", 50, 50, 50))
                .expectEvents(new ScoreRecordedEvent(ROUND, "p-1", "g1", 50, 50, 50, score("50.00"), null, T_SCORE))
                .expectResultMessagePayload(ScoreOutcome.recorded());
    }

    /** 90 then 50: spread 40 so far, but the spread is judged once the last assigned score is in. */
    @Test
    void theSpreadIsJudgedOnTheLastScore() {
        fixture.given(opened(), panelNamed(), assigned(), scored("p-1", "b1", 90))
                .when(score1("e2", 50, 50, 50))
                .expectEvents(new ScoreRecordedEvent(ROUND, "p-1", "e2", 50, 50, 50, score("50.00"), null, T_SCORE))
                .expectResultMessagePayload(ScoreOutcome.recorded());
    }

    @Test
    void aProposalInReReviewTakesNoFurtherScores() {
        fixture.given(opened(), panelNamed(), assigned(), scored("p-1", "b1", 80), scored("p-1", "e2", 80),
                        scored("p-1", "g1", 40),
                        new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.SPREAD, score("40.00"), null, T_SCORE))
                .when(score1("g1", 70, 70, 70))
                .expectException(conflict("in-re-review"));
    }

    // --- process commands -----------------------------------------------------------------------

    @Test
    void theProcessCommandIdIsKeptWithTheEvent() {
        fixture.given(assignedRound())
                .when(byProcessCommand("pi-1:score:p-1:b1"))
                .expectEvents(GenericEventMessage.asEventMessage(
                                new ScoreRecordedEvent(ROUND, "p-1", "b1", 90, 80, 70, score("81.50"), "好", T_SCORE))
                        .andMetaData(MetaData.with(ProcessCommand.META_DATA_KEY, "pi-1:score:p-1:b1")));
    }

    @Test
    void aRepeatedProcessCommandIsIgnored() {
        fixture.given(opened(), panelNamed(), assigned(),
                        byProcess(new ScoreRecordedEvent(ROUND, "p-1", "b1", 90, 80, 70, score("81.50"), "好", T_SCORE),
                                "pi-1:score:p-1:b1"))
                .when(byProcessCommand("pi-1:score:p-1:b1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(ScoreOutcome.recorded());
    }

    private static RecordScoreCommand lastScoreByProcess(String processCommandId) {
        return new RecordScoreCommand(ROUND, "p-1", "g1", 50, 50, 49, null, processCommandId, T_SCORE);
    }

    /** The process routes the proposal by the answer: a repeat must not lose the re-review the first one made due. */
    @Test
    void aRepeatOfTheScoreThatMadeAReReviewDueIsAnsweredWithThatReReview() {
        fixture.given(opened(), panelNamed(), assigned(), scored("p-1", "b1", 80), scored("p-1", "e2", 80))
                .andGivenCommands(lastScoreByProcess("pi-1:score:p-1:g1"))
                .when(lastScoreByProcess("pi-1:score:p-1:g1"))
                .expectNoEvents()
                .expectResultMessagePayload(SPREAD_30_25);
    }

    /** As stored: the score with its command id, then the re-review, which carries none. */
    @Test
    void theRoundRebuiltFromItsEventsAnswersTheRepeatTheSame() {
        fixture.given(opened(), panelNamed(), assigned(), scored("p-1", "b1", 80), scored("p-1", "e2", 80),
                        byProcess(new ScoreRecordedEvent(ROUND, "p-1", "g1", 50, 50, 49, score("49.75"), null, T_SCORE),
                                "pi-1:score:p-1:g1"),
                        new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.SPREAD, score("30.25"), null, T_SCORE))
                .when(lastScoreByProcess("pi-1:score:p-1:g1"))
                .expectNoEvents()
                .expectResultMessagePayload(SPREAD_30_25);
    }

    /** The first answer, although the consensus has ended that re-review since. */
    @Test
    void aRepeatAfterTheConsensusStillGetsTheFirstAnswer() {
        fixture.given(opened(), panelNamed(), assigned(), scored("p-1", "b1", 80), scored("p-1", "e2", 80))
                .andGivenCommands(lastScoreByProcess("pi-1:score:p-1:g1"))
                .andGiven(new ConsensusScoreRecordedEvent(ROUND, "p-1", 70, 70, 70, score("70.00"), "leader", null,
                        T_SCORE))
                .when(lastScoreByProcess("pi-1:score:p-1:g1"))
                .expectNoEvents()
                .expectResultMessagePayload(SPREAD_30_25);
    }

    /** b1's score was not the one that made the spread; its repeat is answered as b1 was. */
    @Test
    void aRepeatOfAnEarlierScoreOfAProposalInReReviewMadeNothingDue() {
        fixture.given(opened(), panelNamed(), assigned())
                .andGivenCommands(new RecordScoreCommand(ROUND, "p-1", "b1", 80, 80, 80, null, "pi-1:score:p-1:b1", T_SCORE),
                        new RecordScoreCommand(ROUND, "p-1", "e2", 80, 80, 80, null, "pi-1:score:p-1:e2", T_SCORE),
                        lastScoreByProcess("pi-1:score:p-1:g1"))
                .when(new RecordScoreCommand(ROUND, "p-1", "b1", 80, 80, 80, null, "pi-1:score:p-1:b1", T_SCORE))
                .expectNoEvents()
                .expectResultMessagePayload(ScoreOutcome.recorded());
    }

    @Test
    void anotherProcessCommandForTheSameScoreIsAConflict() {
        fixture.given(opened(), panelNamed(), assigned(),
                        byProcess(new ScoreRecordedEvent(ROUND, "p-1", "b1", 90, 80, 70, score("81.50"), "好", T_SCORE),
                                "pi-1:score:p-1:b1"))
                .when(byProcessCommand("pi-2:score:p-1:b1"))
                .expectException(conflict("already-scored"));
    }

    // --- conflict of interest, checked again when the score arrives ---------------------------

    /**
     * p-9 of U1 by g2 (first author) and e2 (co-author), mentored by b2; assigned (as a faulty or
     * outdated assignment might have it) to g2, e2, b2, e1 (of U1) and g1.
     */
    private TestExecutor<AppraisalRound> givenAConflictedAssignment() {
        PoolEntry p9 = new PoolEntry("p-9", "U1", List.of(new Author("g2", 50), new Author("e2", 50)), "b2");
        return fixture.given(opened(List.of(p9)), panelNamed(List.of(E1, E2, B1, B2, G1, G2)),
                assigned(List.of(assignment("p-9", "g2", "e2", "b2", "e1", "g1"))));
    }

    private static RecordScoreCommand score9(String scorerId) {
        return new RecordScoreCommand(ROUND, "p-9", scorerId, 80, 80, 80, null, null, T_SCORE);
    }

    @Test
    void theAuthorDoesNotScore() {
        givenAConflictedAssignment().when(score9("g2")).expectException(forbidden("conflict-of-interest"));
    }

    @Test
    void aCoAuthorDoesNotScore() {
        givenAConflictedAssignment().when(score9("e2")).expectException(forbidden("conflict-of-interest"));
    }

    @Test
    void theMentorDoesNotScore() {
        givenAConflictedAssignment().when(score9("b2")).expectException(forbidden("conflict-of-interest"));
    }

    @Test
    void aMemberOfTheProposalsUnitDoesNotScore() {
        givenAConflictedAssignment().when(score9("e1")).expectException(forbidden("conflict-of-interest"));
    }

    @Test
    void theOthersDoScore() {
        givenAConflictedAssignment().when(score9("g1"))
                .expectEvents(new ScoreRecordedEvent(ROUND, "p-9", "g1", 80, 80, 80, score("80.00"), null, T_SCORE));
    }

    /** e3 sat on the panel as a member of U3 but belongs to U1 now, the unit of p-1. */
    @Test
    void aScorerWhoMovedToTheProposalsUnitDoesNotScore() {
        fixture.given(opened(), panelNamed(List.of(new PanelSeat("e3", "U3", TECH_EXPERT), B1, G1)),
                        assigned(List.of(assignment("p-1", "b1", "e3", "g1"))))
                .when(score1("e3", 80, 80, 80))
                .expectException(forbidden("conflict-of-interest"));
    }
}
