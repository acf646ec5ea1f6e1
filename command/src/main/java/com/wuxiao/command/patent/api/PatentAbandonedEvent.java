package com.wuxiao.command.patent.api;

import java.time.Instant;

/** The union office gave the case up (before filing, or by letting an office action lapse): it ends. */
public record PatentAbandonedEvent(String patentId,
                                   String proposalId,
                                   String reason,
                                   String recordedBy,
                                   Instant recordedAt) {
}
