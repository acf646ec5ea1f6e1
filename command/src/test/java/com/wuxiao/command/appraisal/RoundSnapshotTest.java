package com.wuxiao.command.appraisal;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.wuxiao.command.appraisal.api.ObjectionRaisedEvent;
import com.wuxiao.command.appraisal.api.RaiseObjectionCommand;
import com.wuxiao.command.appraisal.api.RecordScoreCommand;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.wuxiao.command.appraisal.AppraisalTestData.ROUND;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_APPROVE;
import static com.wuxiao.command.appraisal.AppraisalTestData.T_SCORE;
import static com.wuxiao.command.appraisal.AppraisalTestData.assigned;
import static com.wuxiao.command.appraisal.AppraisalTestData.byProcess;
import static com.wuxiao.command.appraisal.AppraisalTestData.history;
import static com.wuxiao.command.appraisal.AppraisalTestData.opened;
import static com.wuxiao.command.appraisal.AppraisalTestData.panelNamed;
import static com.wuxiao.command.appraisal.AppraisalTestData.published;
import static com.wuxiao.command.appraisal.AppraisalTestData.scored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot of a round (Jackson, as Axon stores it) reads back as the same state, every member
 * included: a round rebuilt from a snapshot decides as one rebuilt from all its events. The states
 * are those that fill each part: scores sent by a process that made a re-review due, and a round in
 * publicity with an objection pending.
 */
class RoundSnapshotTest extends AppraisalFixtureTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
    private static final Instant T_OBJECT = T_APPROVE.plus(Duration.ofDays(2));

    /** p-1 (b1, e2, g1): 80.00 and 80.00 by a process, then 0.40 × 50 + 0.35 × 50 + 0.25 × 49 = 49.75. */
    @Test
    void aRoundWhoseProcessSentScoresThatMadeAReReviewDue() {
        fixture.given(history(opened(), panelNamed(), assigned(), byProcess(scored("p-1", "b1", 80), "cmd-1"),
                        byProcess(scored("p-1", "e2", 80), "cmd-2")))
                .when(new RecordScoreCommand(ROUND, "p-1", "g1", 50, 50, 49, null, "cmd-3", T_SCORE))
                .expectSuccessfulHandlerExecution()
                .expectState(RoundSnapshotTest::readsBackTheSame);
    }

    @Test
    void aRoundInPublicityWithAnObjectionPending() {
        fixture.given(history(published(), new ObjectionRaisedEvent(ROUND, "o-1", "p-1", "w9", "雷同", T_OBJECT)))
                .when(new RaiseObjectionCommand(ROUND, "o-2", "p-2", "w9", "数据有误", T_OBJECT))
                .expectSuccessfulHandlerExecution()
                .expectState(RoundSnapshotTest::readsBackTheSame);
    }

    private static void readsBackTheSame(AppraisalRound round) {
        SerializedObject<String> snapshot = SERIALIZER.serialize(round, String.class);
        assertThat(snapshot.getType().getRevision()).as("the revision that filters older snapshots").isEqualTo("1");
        assertThat(snapshot.getData()).as("private state written").contains("\"roundId\"", "\"applied\"");
        AppraisalRound copy = SERIALIZER.deserialize(snapshot);
        assertThat(copy).usingRecursiveComparison().isEqualTo(round);
    }
}
