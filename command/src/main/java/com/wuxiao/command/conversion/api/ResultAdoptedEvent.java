package com.wuxiao.command.conversion.api;

import java.time.Instant;

/**
 * The receiving unit adopted the result in production. The result's first adoption anywhere earns
 * the authors the "adopted" points; each later adoption by a further unit is a replication (推广复制)
 * and earns the "replication" points. Benefit reports fall due 3 and 12 months after
 * {@code adoptedAt}.
 *
 * @param replication true if another unit had adopted the result before
 * @param awardedAt   when the result's round was finalised (time from award to adoption)
 * @param adoptedAt   the period it counts for
 */
public record ResultAdoptedEvent(String conversionId,
                                 String proposalId,
                                 String resultUnitId,
                                 String receivingUnitId,
                                 boolean replication,
                                 Instant awardedAt,
                                 String decidedBy,
                                 Instant adoptedAt) {
}
