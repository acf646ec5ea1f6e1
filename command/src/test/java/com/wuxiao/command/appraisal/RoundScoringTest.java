package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ReReviewDue;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.ScoreOutcome;
import com.wuxiao.command.common.api.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_SCORE;
import static com.wuxiao.command.appraisal.AppraisalTestData.assigned;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.appraisal.AppraisalTestData.score;
import static com.wuxiao.command.appraisal.AppraisalTestData.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scores' member on its own, fed events as the round would: which command a re-review is
 * credited to (what a repeated process command is answered), and when the spread is judged. The
 * round's scoring rules as a whole are in RecordScoreTest, ConsensusScoreTest and RankRoundTest.
 * p-1 is scored by b1, e2 and g1.
 */
class RoundScoringTest {

    private final RoundScoring scoring = new RoundScoring();

    @BeforeEach
    void assignedRound() {
        scoring.on(opened());
        scoring.on(assigned());
    }

    private void scoredBy(String scorerId, int mark, String processCommandId) {
        scoring.on(scored("p-1", scorerId, mark), processCommandId);
    }

    private void spreadReReview(String spread) {
        scoring.on(new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.SPREAD, score(spread), null, T_SCORE));
    }

    @Test
    void aSpreadReReviewIsCreditedToTheCommandOfTheProposalsLastScore() {
        scoredBy("b1", 80, "c-b1");
        scoredBy("e2", 80, "c-e2");
        scoredBy("g1", 40, "c-g1");
        spreadReReview("40.00");

        assertThat(scoring.outcomeOf("c-g1"))
                .isEqualTo(new ScoreOutcome(new ReReviewDue("p-1", ReReviewReason.SPREAD, score("40.00"), null)));
        assertThat(scoring.outcomeOf("c-b1")).isEqualTo(ScoreOutcome.recorded());
        assertThat(scoring.outcomeOf("c-e2")).isEqualTo(ScoreOutcome.recorded());
    }

    /** The last score came from no process: no process command made the re-review due, not even the one before. */
    @Test
    void aReReviewAfterAScoreNoProcessSentIsCreditedToNoCommand() {
        scoredBy("b1", 80, "c-b1");
        scoredBy("e2", 80, "c-e2");
        scoredBy("g1", 40, null);
        spreadReReview("40.00");

        assertThat(scoring.outcomeOf("c-e2")).isEqualTo(ScoreOutcome.recorded());
        assertThat(scoring.inReReview("p-1")).isTrue();
    }

    @Test
    void aReReviewAfterAnUpheldObjectionIsNoScoresDoing() {
        scoredBy("b1", 80, "c-b1");
        scoredBy("e2", 80, "c-e2");
        scoredBy("g1", 80, "c-g1");
        scoring.on(new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.OBJECTION, null, "o-1", T_SCORE));

        assertThat(scoring.outcomeOf("c-g1")).isEqualTo(ScoreOutcome.recorded());
        assertThat(scoring.inReReview("p-1")).isTrue();
    }

    /** 80.00 and 80.00 in; 49.75 would make 30.25, 50.00 exactly 30; 40.00 as the second of three is not judged. */
    @Test
    void theSpreadIsJudgedWithTheLastScoreOnly() {
        scoredBy("b1", 80, null);
        assertThat(scoring.spreadBeyondLimit("p-1", score("40.00"))).isEmpty();

        scoredBy("e2", 80, null);
        assertThat(scoring.spreadBeyondLimit("p-1", score("49.75"))).contains(score("30.25"));
        assertThat(scoring.spreadBeyondLimit("p-1", score("50.00"))).isEmpty();
    }

    @Test
    void aProposalOutsideThePoolIsNotFound() {
        assertThatThrownBy(() -> scoring.entry("p-9"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("unknown-proposal");
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                });
        assertThat(scoring.entry("p-2").unitId()).isEqualTo("U2");
    }
}
