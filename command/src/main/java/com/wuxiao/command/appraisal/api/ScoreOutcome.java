package com.wuxiao.command.appraisal.api;

/**
 * What {@link RecordScoreCommand} returns. A score command a process repeats (same
 * {@code processCommandId}) applies nothing and gets the outcome of the first one.
 *
 * @param reReview the re-review this score made due (it was the proposal's last, and the scores
 *                 spread by more than {@value AppraisalLimits#MAX_SPREAD} points), else null
 */
public record ScoreOutcome(ReReviewDue reReview) {

    /** The score is in; nothing else follows from it. */
    public static ScoreOutcome recorded() {
        return new ScoreOutcome(null);
    }
}
