package com.wuxiao.command.catalogue.api;

import java.time.Instant;

/** The union office accepted a request; {@code conversionId} is the handover it started. */
public record ResultRequestAcceptedEvent(String requestId,
                                         String proposalId,
                                         String unitId,
                                         String conversionId,
                                         String acceptedBy,
                                         Instant acceptedAt) {
}
