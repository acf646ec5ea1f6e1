package com.wuxiao.command.appraisal.api;

import java.time.Instant;

public record ObjectionRaisedEvent(String roundId,
                                   String objectionId,
                                   String proposalId,
                                   String objectorId,
                                   String reason,
                                   Instant raisedAt) {
}
