package com.wuxiao.command.payout.api;

import java.time.Instant;

/** A batch was approved for payment. */
public record PayoutBatchApprovedEvent(String payoutsId, String batchId, String approvedBy, Instant approvedAt) {
}
