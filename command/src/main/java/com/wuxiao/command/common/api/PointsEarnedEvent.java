package com.wuxiao.command.common.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One author's part of the points a proposal earned, split by contribution share: at its acceptance
 * in screening, or as an awarded result after its appraisal (a patent filed or granted, adoption in
 * production, a replication). Applied by the aggregate whose event earned them, right after that
 * event.
 *
 * @param sourceId       the earning aggregate (the proposal, a patent case, a conversion)
 * @param proposalUnitId the proposal's unit
 * @param workerUnitId   the worker's unit when earned (their points count for it); null if the
 *                       worker is no longer in the directory, except at acceptance, where the
 *                       proposal's unit stands in
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
