package com.wuxiao.query.appraisal.api;

import com.wuxiao.command.appraisal.api.ReReviewReason;

/**
 * The scoring tasks of one proposal of a round.
 *
 * @param title          null if the proposal read model does not know it (yet)
 * @param progress       "done/assigned", e.g. "2/3"
 * @param reReviewReason when in re-review, why
 */
public record ProposalProgress(String proposalId,
                               String title,
                               String unitId,
                               int done,
                               int assigned,
                               String progress,
                               boolean inReReview,
                               ReReviewReason reReviewReason) {

    public static ProposalProgress of(String proposalId, String title, String unitId, int done, int assigned,
                                      boolean inReReview, ReReviewReason reReviewReason) {
        return new ProposalProgress(proposalId, title, unitId, done, assigned, done + "/" + assigned, inReReview,
                inReReview ? reReviewReason : null);
    }
}
