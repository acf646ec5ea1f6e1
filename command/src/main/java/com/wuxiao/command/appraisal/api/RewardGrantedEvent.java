package com.wuxiao.command.appraisal.api;

import com.wuxiao.command.competition.api.Grade;

import java.time.Instant;

/**
 * One author's part of an awarded proposal's reward money, split by contribution share.
 *
 * @param proposalUnitId the proposal's unit
 * @param workerUnitId   the worker's unit at finalisation (their points and rewards count for it);
 *                       null if the worker is no longer in the directory
 * @param share          the worker's contribution share in percent
 * @param amountFen      1 CNY = 100 fen
 */
public record RewardGrantedEvent(String roundId,
                                 String proposalId,
                                 String proposalUnitId,
                                 String workerId,
                                 String workerUnitId,
                                 Grade grade,
                                 int share,
                                 long amountFen,
                                 Instant grantedAt) {
}
