package com.wuxiao.query.leaderboard.api;

import com.wuxiao.command.competition.api.Grade;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of a worker's points and rewards.
 *
 * @param roundId   award entries: the round; else null
 * @param grade     award entries: the grade; else null
 * @param unitId    the unit the entry counts for; null if none is known
 * @param share     the worker's contribution share in percent
 * @param points    two decimals
 * @param rewardFen reward money in fen (0 for points entries)
 * @param month     period keys of the earning event: 2026-11, 2026-Q4, 2026
 */
public record PointsEntry(LedgerEntryKind kind,
                          String proposalId,
                          String roundId,
                          Grade grade,
                          String unitId,
                          int share,
                          BigDecimal points,
                          long rewardFen,
                          Instant occurredAt,
                          String month,
                          String quarter,
                          String year) {
}
