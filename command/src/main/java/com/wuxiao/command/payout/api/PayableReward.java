package com.wuxiao.command.payout.api;

import com.wuxiao.command.competition.api.Grade;

/**
 * One author's reward of one awarded proposal in a finalised round: a payable item.
 *
 * @param itemId    {@code roundId + ":" + proposalId + ":" + workerId}
 * @param amountFen 1 CNY = 100 fen
 */
public record PayableReward(String itemId,
                            String roundId,
                            String proposalId,
                            String workerId,
                            String workerUnitId,
                            Grade grade,
                            long amountFen) {

    public static String idOf(String roundId, String proposalId, String workerId) {
        return roundId + ":" + proposalId + ":" + workerId;
    }
}
