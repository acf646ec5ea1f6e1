package com.wuxiao.command.payout;

/** Answer to a new batch: its id (also in the Location header). */
public record PayoutBatchCreated(String batchId) {
}
