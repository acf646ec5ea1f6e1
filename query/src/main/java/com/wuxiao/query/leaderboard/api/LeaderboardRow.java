package com.wuxiao.query.leaderboard.api;

import java.math.BigDecimal;

/**
 * One row of a leaderboard.
 *
 * @param rank      competition ranking by points (1, 2, 2, 4)
 * @param key       worker id, unit id or category code
 * @param name      the category's name; null for workers and units (names live in the directory)
 * @param unitId    individuals: the unit their latest entry of the period counts for; else null
 * @param points    two decimals
 * @param rewardFen reward money in fen; null when the reader may not see it
 * @param members   units: workers with points or rewards counted for the unit; else null
 * @param accepted  proposals accepted in the period (individuals: as an author, units and categories:
 *                  of the unit or category)
 * @param awarded   proposals awarded a grade in the period (individuals: with award points or reward money)
 */
public record LeaderboardRow(int rank,
                             String key,
                             String name,
                             String unitId,
                             BigDecimal points,
                             Long rewardFen,
                             Integer members,
                             int accepted,
                             int awarded) {

    public LeaderboardRow withoutReward() {
        return new LeaderboardRow(rank, key, name, unitId, points, null, members, accepted, awarded);
    }
}
