package com.wuxiao.query.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A round's rewards per worker. Rewards exist only once the round is finalised: before that
 * {@code rows} is empty and {@code status} says where the round stands.
 *
 * @param rows           by reward money (highest first), then worker id
 * @param totalRewardFen sum over the rows
 * @param totalPoints    sum over the rows, two decimals
 */
public record RoundRewards(String roundId,
                           int year,
                           int quarter,
                           AppraisalRoundStatus status,
                           Instant finalisedAt,
                           List<PersonReward> rows,
                           long totalRewardFen,
                           BigDecimal totalPoints) {

    public RoundRewards {
        rows = List.copyOf(rows);
    }

    /** With the totals summed from the rows. */
    public static RoundRewards of(String roundId, int year, int quarter, AppraisalRoundStatus status,
                                  Instant finalisedAt, List<PersonReward> rows) {
        long fen = rows.stream().mapToLong(PersonReward::rewardFen).sum();
        BigDecimal points = rows.stream().map(PersonReward::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new RoundRewards(roundId, year, quarter, status, finalisedAt, rows, fen, points);
    }

    public boolean finalised() {
        return status == AppraisalRoundStatus.FINALISED;
    }
}
