package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringBatchesTest {

    private final ScoringBatches scoring = new ScoringBatches();

    @Test
    void assignmentsAreCutIntoBatchesOfAtMostTheBatchSize() {
        List<Assignment> assignments = IntStream.range(0, 7)
                .mapToObj(i -> new Assignment("P" + i, List.of("R1", "R2", "R3"))).toList();

        Map<String, Object> variables = ScoringBatches.variables(assignments, 3, 3900);

        assertThat(variables).containsEntry(Var.SCORING_BATCH_COUNT, 3)
                .containsEntry(Var.SCORING_TASK_COUNT, 21)
                .containsEntry("scoringBatch0", "P0:R1,R2,R3;P1:R1,R2,R3;P2:R1,R2,R3")
                .containsEntry("scoringBatch2", "P6:R1,R2,R3");
    }

    @Test
    void aBatchIsCutBeforeItsTextOutgrowsACamundaString() {
        String longId = "x".repeat(30);
        List<Assignment> assignments = IntStream.range(0, 4)
                .mapToObj(i -> new Assignment(longId + i, List.of("R1", "R2", "R3"))).toList();

        Map<String, Object> variables = ScoringBatches.variables(assignments, 25, 90);

        assertThat(variables).containsEntry(Var.SCORING_BATCH_COUNT, 2);
        assertThat(((String) variables.get("scoringBatch0")).length()).isLessThanOrEqualTo(90);
        assertThat(((String) variables.get("scoringBatch1")).length()).isLessThanOrEqualTo(90);
    }

    @Test
    void theMultiInstanceCollectionsReadTheBatchesBack() {
        List<Assignment> assignments = List.of(new Assignment("P1", List.of("R1", "R2", "R3")),
                new Assignment("P2", List.of("R4", "R5", "R6", "R1")));
        Map<String, Object> variables = ScoringBatches.variables(assignments, 1, 3900);

        List<String> batches = ScoringBatches.batches(variables::get);

        assertThat(batches).containsExactly("P1:R1,R2,R3", "P2:R4,R5,R6,R1");
        List<String> second = scoring.assignments(batches.get(1));
        assertThat(second).containsExactly("P2:R4,R5,R6,R1");
        assertThat(scoring.proposalId(second.get(0))).isEqualTo("P2");
        assertThat(scoring.scorers(second.get(0))).containsExactly("R4", "R5", "R6", "R1");
    }
}
