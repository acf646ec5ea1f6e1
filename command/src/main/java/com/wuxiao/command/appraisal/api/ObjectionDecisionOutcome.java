package com.wuxiao.command.appraisal.api;

/**
 * What {@link DecideObjectionCommand} returns.
 *
 * @param upheld   upheld, the round's ranking and its publicity are void: it is ranked, approved
 *                 and published again
 * @param reReview the re-review the upheld objection sent its proposal to; null when denied, and
 *                 when the proposal was in re-review already (that re-review covers this objection)
 */
public record ObjectionDecisionOutcome(String objectionId, String proposalId, boolean upheld, ReReviewDue reReview) {
}
