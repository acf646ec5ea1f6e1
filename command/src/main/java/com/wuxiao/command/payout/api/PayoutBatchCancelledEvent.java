package com.wuxiao.command.payout.api;

import java.time.Instant;

/** A batch was cancelled before payment; its items are due again. */
public record PayoutBatchCancelledEvent(String payoutsId, String batchId, String reason, String cancelledBy,
                                        Instant cancelledAt) {
}
