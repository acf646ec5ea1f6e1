package com.wuxiao.processes.worklist;

import com.wuxiao.query.appraisal.api.AppraisalRoundStatus;
import com.wuxiao.query.appraisal.api.ScorerProgress;

import java.time.Instant;
import java.util.List;

/**
 * The union office's view of the review work (product.md "Review progress").
 *
 * @param pendingScreenings screenings waiting, per unit, the unit waiting longest first
 * @param pendingTotal      all waiting screenings
 * @param overdueTasks      open tasks past their due date, or escalated, per process and task
 * @param rounds            rounds not yet finalised, with scoring completion per panel member
 */
public record ReviewProgress(Instant asOf,
                             List<UnitScreenings> pendingScreenings,
                             int pendingTotal,
                             List<OverdueTasks> overdueTasks,
                             List<RoundScoring> rounds) {

    public ReviewProgress {
        pendingScreenings = List.copyOf(pendingScreenings);
        overdueTasks = List.copyOf(overdueTasks);
        rounds = List.copyOf(rounds);
    }

    /**
     * @param escalated         of them, escalated to the union office (screening not done in time)
     * @param oldestSubmittedAt when the longest-waiting one was submitted (or resubmitted after revision)
     */
    public record UnitScreenings(String unitId, int count, int escalated, Instant oldestSubmittedAt) {
    }

    /**
     * @param overdue   past their due date
     * @param escalated escalated screenings (also counted in overdue when past due)
     * @param oldestDue the earliest due date among them (null if none has one)
     */
    public record OverdueTasks(String processKey, String taskDefinitionKey, String name, int overdue, int escalated,
                               Instant oldestDue) {
    }

    /** @param done scores recorded, of {@code assigned} scoring tasks in all */
    public record RoundScoring(String roundId, AppraisalRoundStatus status, int done, int assigned,
                               List<ScorerProgress> scorers) {

        public RoundScoring {
            scorers = List.copyOf(scorers);
        }
    }
}
