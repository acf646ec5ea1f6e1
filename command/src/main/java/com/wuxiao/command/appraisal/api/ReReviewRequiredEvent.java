package com.wuxiao.command.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A proposal needs the panel's consensus score before the round can be ranked.
 *
 * @param spread      the spread of its weighted scores (reason SPREAD), else null
 * @param objectionId the upheld objection (reason OBJECTION), else null
 */
public record ReReviewRequiredEvent(String roundId,
                                    String proposalId,
                                    ReReviewReason reason,
                                    BigDecimal spread,
                                    String objectionId,
                                    Instant requiredAt) {
}
