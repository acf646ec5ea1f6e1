package com.wuxiao.processes.appraisal;

import com.wuxiao.command.appraisal.api.Assignment;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The round's scorer assignments as plain string variables, cut into batches, and the collections
 * the BPMN's multi-instance activities iterate over.
 *
 * <p>A batch is text "proposalId:scorer1,scorer2,scorer3;proposalId:…" of at most
 * {@link QuarterlyAppraisal#BATCH_SIZE} proposals and {@link QuarterlyAppraisal#BATCH_TEXT_MAX}
 * characters: Camunda keeps strings in a varchar(4000) column, and a List variable would need Java
 * serialization, which is switched off. Ids never contain ':', ';' or ',' (UUIDs and the user id
 * pattern).
 */
@Component(QuarterlyAppraisal.Bean.SCORING)
public class ScoringBatches {

    private static final String PROPOSAL_SEPARATOR = ";";
    private static final String SCORERS_SEPARATOR = ":";
    private static final String SCORER_SEPARATOR = ",";

    /** Variables {@code scoringBatchCount}, {@code scoringBatch0..n-1} and {@code scoringTaskCount}. */
    static Map<String, Object> variables(List<Assignment> assignments, int batchSize, int textMax) {
        List<String> batches = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        int inBatch = 0;
        int tasks = 0;
        for (Assignment assignment : assignments) {
            String entry = entry(assignment);
            boolean full = inBatch == batchSize || batch.length() + PROPOSAL_SEPARATOR.length() + entry.length() > textMax;
            if (inBatch > 0 && full) {
                batches.add(batch.toString());
                batch.setLength(0);
                inBatch = 0;
            }
            if (entry.length() > textMax) {
                throw new IllegalStateException("Assignment of proposal " + assignment.proposalId() + " is too long");
            }
            batch.append(inBatch == 0 ? "" : PROPOSAL_SEPARATOR).append(entry);
            inBatch++;
            tasks += assignment.scorerIds().size();
        }
        if (inBatch > 0) {
            batches.add(batch.toString());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.SCORING_BATCH_COUNT, batches.size());
        variables.put(Var.SCORING_TASK_COUNT, tasks);
        for (int i = 0; i < batches.size(); i++) {
            variables.put(Var.SCORING_BATCH_PREFIX + i, batches.get(i));
        }
        return variables;
    }

    /** The batches, for the outer multi-instance (one job per batch). */
    public List<String> batches(VariableScope scope) {
        return batches(scope::getVariable);
    }

    static List<String> batches(Function<String, Object> variables) {
        Object count = variables.apply(Var.SCORING_BATCH_COUNT);
        if (!(count instanceof Number number)) {
            throw new IllegalStateException("Process variable '" + Var.SCORING_BATCH_COUNT + "' is missing");
        }
        List<String> batches = new ArrayList<>(number.intValue());
        for (int i = 0; i < number.intValue(); i++) {
            Object batch = variables.apply(Var.SCORING_BATCH_PREFIX + i);
            if (batch == null) {
                throw new IllegalStateException("Process variable '" + Var.SCORING_BATCH_PREFIX + i + "' is missing");
            }
            batches.add(batch.toString());
        }
        return batches;
    }

    /** One batch's assignments "proposalId:scorer1,scorer2,…", one per proposal. */
    public List<String> assignments(String batch) {
        return List.of(batch.split(PROPOSAL_SEPARATOR));
    }

    public String proposalId(String assignment) {
        return assignment.substring(0, assignment.indexOf(SCORERS_SEPARATOR));
    }

    /** The scorers of one assignment, one scoring task each. */
    public List<String> scorers(String assignment) {
        String scorers = assignment.substring(assignment.indexOf(SCORERS_SEPARATOR) + 1);
        return Arrays.asList(scorers.split(SCORER_SEPARATOR));
    }

    private static String entry(Assignment assignment) {
        return assignment.proposalId() + SCORERS_SEPARATOR + String.join(SCORER_SEPARATOR, assignment.scorerIds());
    }
}
