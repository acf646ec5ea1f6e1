package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.PublicityPeriod;
import com.wuxiao.command.appraisal.api.PublicityStartedEvent;
import com.wuxiao.command.appraisal.api.RankingApprovedEvent;
import com.wuxiao.command.appraisal.api.RoundConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.wuxiao.command.appraisal.AppraisalTestData.A1;
import static com.wuxiao.command.appraisal.AppraisalTestData.A2;
import static com.wuxiao.command.appraisal.AppraisalTestData.A3;
import static com.wuxiao.command.appraisal.AppraisalTestData.POOL;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_APPROVE;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_PUBLICITY_END;
import static com.wuxiao.command.appraisal.AppraisalTestData.assigned;
import static com.wuxiao.command.appraisal.AppraisalTestData.defaultConfig;
import static com.wuxiao.command.appraisal.AppraisalTestData.fullyScored;
import static com.wuxiao.command.appraisal.AppraisalTestData.history;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.appraisal.AppraisalTestData.panelNamed;
import static com.wuxiao.command.appraisal.AppraisalTestData.published;
import static com.wuxiao.command.appraisal.AppraisalTestData.scoredAll;
import static com.wuxiao.command.appraisal.AppraisalTestData.standardRanking;
import static com.wuxiao.command.testing.Violations.conflict;
import static com.wuxiao.command.testing.Violations.forbidden;

class ApproveRankingTest extends AppraisalFixtureTest {

    private static final ApproveRankingCommand APPROVE = new ApproveRankingCommand(ROUND, "leader", T_APPROVE);

    @Test
    void approvalStartsTheFiveDayPublicity() {
        fixture.given(history(fullyScored(), standardRanking()))
                .when(APPROVE)
                .expectEvents(new RankingApprovedEvent(ROUND, "leader", T_APPROVE),
                        new PublicityStartedEvent(ROUND, T_APPROVE, T_PUBLICITY_END))
                .expectResultMessagePayload(new PublicityPeriod(T_APPROVE, T_PUBLICITY_END));
    }

    /** The round opened under a 3-day publicity keeps it, whatever the year says now (5 days). */
    @Test
    void thePublicityPeriodIsTheRoundsSnapshot() {
        RoundConfig d = defaultConfig();
        RoundConfig threeDays = new RoundConfig(d.weights(), d.quotas(), d.rewards(), d.points(), Duration.ofDays(3));
        fixture.given(history(opened(POOL, threeDays), panelNamed(), assigned(), scoredAll(A1, 90, 80, 85),
                        scoredAll(A2, 70, 75, 80), scoredAll(A3, 62, 64, 66), standardRanking()))
                .when(APPROVE)
                .expectEvents(new RankingApprovedEvent(ROUND, "leader", T_APPROVE),
                        new PublicityStartedEvent(ROUND, T_APPROVE, T_APPROVE.plus(Duration.ofDays(3))))
                .expectResultMessagePayload(new PublicityPeriod(T_APPROVE, T_APPROVE.plus(Duration.ofDays(3))));
    }

    @Test
    void notBeforeRanking() {
        fixture.given(fullyScored())
                .when(APPROVE)
                .expectException(conflict("not-ranked"))
                .expectNoEvents();
    }

    @Test
    void notTwice() {
        fixture.given(published())
                .when(APPROVE)
                .expectException(conflict("already-approved"));
    }

    @Test
    void onlyTheUnionLeaderApproves() {
        fixture.given(history(fullyScored(), standardRanking()))
                .when(new ApproveRankingCommand(ROUND, "w9", T_APPROVE))
                .expectException(forbidden("not-union-leader"));
    }

    @Test
    void theTimeIsRequired() {
        // the time comes from the app's clock, never from the user: its absence is a defect
        fixture.given(history(fullyScored(), standardRanking()))
                .when(new ApproveRankingCommand(ROUND, "leader", null))
                .expectException(IllegalArgumentException.class);
    }
}
