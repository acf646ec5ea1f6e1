package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.ConsensusScoreRecordedEvent;
import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.appraisal.api.ReReviewRequiredEvent;
import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.wuxiao.command.appraisal.AppraisalTestData.A1;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_SCORE;
import static com.wuxiao.command.appraisal.AppraisalTestData.assigned;
import static com.wuxiao.command.appraisal.AppraisalTestData.byProcess;
import static com.wuxiao.command.appraisal.AppraisalTestData.history;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.appraisal.AppraisalTestData.panelNamed;
import static com.wuxiao.command.appraisal.AppraisalTestData.score;
import static com.wuxiao.command.appraisal.AppraisalTestData.scoredAll;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;
import static com.wuxiao.command.testing.Violations.invalid;
import static com.wuxiao.command.testing.Violations.notFound;

/** p-1 scored 80, 80, 40 (spread 40) is in re-review. The replacement itself is shown in RankRoundTest. */
class ConsensusScoreTest extends AppraisalFixtureTest {

    private static final Instant T_CONSENSUS = T_SCORE.plusSeconds(86_400);

    private static List<Object> inReReview() {
        return history(opened(), panelNamed(), assigned(), scoredAll(A1, 80, 80, 40),
                new ReReviewRequiredEvent(ROUND, "p-1", ReReviewReason.SPREAD, score("40.00"), null, T_SCORE));
    }

    private static RecordConsensusScoreCommand consensus(String proposalId, String by, Integer f, Integer b, Integer p) {
        return new RecordConsensusScoreCommand(ROUND, proposalId, f, b, p, by, "评审组一致意见", null, T_CONSENSUS);
    }

    /** 0.40 × 75 + 0.35 × 70 + 0.25 × 60 = 30 + 24.5 + 15 = 69.50. */
    @Test
    void theUnionLeaderRecordsThePanelsAgreedScore() {
        fixture.given(inReReview())
                .when(consensus("p-1", "leader", 75, 70, 60))
                .expectEvents(new ConsensusScoreRecordedEvent(ROUND, "p-1", 75, 70, 60, score("69.50"), "leader",
                        "评审组一致意见", T_CONSENSUS));
    }

    @Test
    void onlyForAProposalInReReview() {
        fixture.given(inReReview())
                .when(consensus("p-2", "leader", 75, 70, 60))
                .expectException(conflict("not-in-re-review"))
                .expectNoEvents();
    }

    @Test
    void aReReviewEndsWithOneConsensus() {
        fixture.given(history(inReReview(), new ConsensusScoreRecordedEvent(ROUND, "p-1", 70, 70, 70, score("70.00"),
                        "leader", null, T_CONSENSUS)))
                .when(consensus("p-1", "leader", 75, 70, 60))
                .expectException(conflict("not-in-re-review"));
    }

    @Test
    void onlyTheUnionLeaderRecordsIt() {
        fixture.given(inReReview())
                .when(consensus("p-1", "b1", 75, 70, 60))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void theScoresAreInRange() {
        fixture.given(inReReview())
                .when(consensus("p-1", "leader", 75, 170, 60))
                .expectException(invalid("out-of-range", "benefit"));
    }

    @Test
    void anUnknownProposalIsNotFound() {
        fixture.given(inReReview())
                .when(consensus("p-9", "leader", 75, 70, 60))
                .expectException(notFound("unknown-proposal"));
    }

    @Test
    void aRepeatedProcessCommandIsIgnored() {
        fixture.given(history(inReReview(), byProcess(new ConsensusScoreRecordedEvent(ROUND, "p-1", 70, 70, 70,
                        score("70.00"), "leader", null, T_CONSENSUS), "pi-1:consensus:p-1")))
                .when(new RecordConsensusScoreCommand(ROUND, "p-1", 70, 70, 70, "leader", null, "pi-1:consensus:p-1",
                        T_CONSENSUS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
