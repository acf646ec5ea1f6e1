package com.wuxiao.command.conversion.api;

import java.time.Instant;

/** The receiving unit decided not to adopt the result: this conversion ends. */
public record AdoptionDeclinedEvent(String conversionId,
                                    String proposalId,
                                    String reason,
                                    String decidedBy,
                                    Instant decidedAt) {
}
