package com.wuxiao.query.payout.api;

import com.wuxiao.command.competition.api.Grade;

import java.time.LocalDate;

/**
 * One author's reward of one awarded proposal and where its payment stands. Money in fen.
 *
 * @param workerName null for a worker no longer in the directory
 * @param batchId    the batch that holds it (not cancelled), or null while due
 */
public record PayoutItemRow(String itemId,
                            String roundId,
                            String proposalId,
                            String title,
                            String workerId,
                            String workerName,
                            String workerUnitId,
                            Grade grade,
                            long amountFen,
                            PayoutItemStatus status,
                            String batchId,
                            LocalDate paidOn,
                            String paymentReference) {
}
