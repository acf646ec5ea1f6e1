package com.wuxiao.command.whatif.api;

/**
 * One proposal of a replayed round: what was decided and what the other rules give.
 *
 * @param reReviewMissing the other rules would have sent it to a consensus re-review that never took
 *                        place: its score under them is the scorers' mean, as far as the events go
 */
public record ProposalOutcome(String roundId,
                              String proposalId,
                              String unitId,
                              Outcome decided,
                              Outcome alternative,
                              boolean reReviewMissing) {

    public boolean gradeChanged() {
        return decided.grade() != alternative.grade();
    }
}
