package com.wuxiao.command.appraisal.api;

import java.math.BigDecimal;

/**
 * Part of a command's outcome: the command sent this proposal to consensus re-review (复议), so the
 * process opens the re-review task for it. The same facts as the {@link ReReviewRequiredEvent} the
 * round applied.
 *
 * @param spread      the spread of its weighted scores (reason SPREAD), else null
 * @param objectionId the upheld objection (reason OBJECTION), else null
 */
public record ReReviewDue(String proposalId, ReReviewReason reason, BigDecimal spread, String objectionId) {

    public static ReReviewDue of(ReReviewRequiredEvent required) {
        return new ReReviewDue(required.proposalId(), required.reason(), required.spread(), required.objectionId());
    }
}
