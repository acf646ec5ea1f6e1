package com.wuxiao.command.competition.api;

/** Reward money per grade in fen (1 CNY = 100 fen), split among authors by contribution share. */
public record RewardAmounts(long firstFen, long secondFen, long thirdFen, long meritFen) {

    public static RewardAmounts defaults() {
        return new RewardAmounts(500_000, 300_000, 100_000, 30_000);
    }
}
