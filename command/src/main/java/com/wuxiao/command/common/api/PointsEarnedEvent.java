package com.wuxiao.command.common.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One author's part of the points an awarded result earned after its appraisal (a patent filed or
 * granted, adoption in production, a replication), split by contribution share. Applied by the
 * aggregate whose event earned them, right after that event.
 *
 * @param sourceId       the earning aggregate (a patent case, a conversion)
 * @param proposalUnitId the result's unit
 * @param workerUnitId   the worker's unit when earned (their points count for it); null if the
 *                       worker is no longer in the directory
 * @param share          the worker's contribution share in percent
 * @param points         two decimals
 */
public record PointsEarnedEvent(String sourceId,
                                String proposalId,
                                String proposalUnitId,
                                String workerId,
                                String workerUnitId,
                                PointsReason reason,
                                int share,
                                BigDecimal points,
                                Instant earnedAt) {
}
