package com.wuxiao.command.appraisal.api;

import com.wuxiao.command.competition.api.Grade;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One author's part of the points for an awarded proposal's grade, split by contribution share.
 *
 * @param proposalUnitId the proposal's unit
 * @param workerUnitId   the worker's unit at finalisation (their points count for it); null if the
 *                       worker is no longer in the directory
 * @param grade          why the points are earned: FIRST, SECOND, THIRD or MERIT
 * @param share          the worker's contribution share in percent
 * @param points         two decimals
 */
public record PointsAwardedEvent(String roundId,
                                 String proposalId,
                                 String proposalUnitId,
                                 String workerId,
                                 String workerUnitId,
                                 Grade grade,
                                 int share,
                                 BigDecimal points,
                                 Instant awardedAt) {
}
