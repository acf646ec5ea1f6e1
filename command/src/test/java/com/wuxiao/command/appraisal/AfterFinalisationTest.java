package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.api.ApproveRankingCommand;
import com.wuxiao.command.appraisal.api.AssignScorersCommand;
import com.wuxiao.command.appraisal.api.DecideObjectionCommand;
import com.wuxiao.command.appraisal.api.FinaliseRoundCommand;
import com.wuxiao.command.appraisal.api.NamePanelCommand;
import com.wuxiao.command.appraisal.api.ObjectionDeniedEvent;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.OpenAppraisalRoundCommand;
import com.wuxiao.command.appraisal.api.RaiseObjectionCommand;
import com.wuxiao.command.appraisal.api.RankRoundCommand;
import com.wuxiao.command.appraisal.api.RecordConsensusScoreCommand;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import com.wuxiao.command.appraisal.api.RoundFinalisedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static com.wuxiao.command.appraisal.AppraisalTestData.PANEL_IDS;
import static com.wuxiao.command.appraisal.AppraisalTestData.POOL;
import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_APPROVE;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_PUBLICITY_END;
import static com.wuxiao.command.appraisal.AppraisalTestData.history;
import static com.wuxiao.command.appraisal.AppraisalTestData.published;
import static com.wuxiao.command.appraisal.AppraisalTestData.standardRanking;
import static com.wuxiao.command.testing.Violations.conflict;

/** Once finalised, the round refuses every command and records nothing. */
class AfterFinalisationTest extends AppraisalFixtureTest {

    private static final Instant LATER = T_PUBLICITY_END.plus(Duration.ofDays(1));

    static Stream<Object> everyCommand() {
        return Stream.of(
                new OpenAppraisalRoundCommand(ROUND, 2026, 4, "leader", LATER),
                new NamePanelCommand(ROUND, PANEL_IDS, "leader", LATER),
                new AssignScorersCommand(ROUND, 3, "leader", LATER),
                new RecordScoreCommand(ROUND, "p-1", "b1", 80, 80, 80, null, null, LATER),
                new RecordConsensusScoreCommand(ROUND, "p-1", 80, 80, 80, "leader", null, null, LATER),
                new RankRoundCommand(ROUND, "leader", LATER),
                new ApproveRankingCommand(ROUND, "leader", LATER),
                new RaiseObjectionCommand(ROUND, "o-2", "p-1", "w9", "有异议", LATER),
                new DecideObjectionCommand(ROUND, "o-1", true, "leader", null, LATER),
                new FinaliseRoundCommand(ROUND, "leader", LATER));
    }

    /** The finalised check comes first: no command gets as far as its other rules. */
    @ParameterizedTest
    @MethodSource("everyCommand")
    void nothingChangesAfterFinalisation(Object command) {
        List<Object> finalised = history(published(),
                new ObjectionRaisedEvent(ROUND, "o-1", "p-1", "w9", "有异议", T_APPROVE),
                new ObjectionDeniedEvent(ROUND, "o-1", "p-1", "leader", null, T_APPROVE),
                new RoundFinalisedEvent(ROUND, 2026, 4, standardRanking().ranking(), "leader", T_PUBLICITY_END));
        fixture.given(finalised)
                .when(command)
                .expectException(conflict("round-finalised"))
                .expectNoEvents();
    }
}
