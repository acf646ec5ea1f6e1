package com.wuxiao.command.catalogue.api;

import java.time.Instant;

/** The union office declined a request; the unit may request the result again. */
public record ResultRequestDeclinedEvent(String requestId,
                                         String proposalId,
                                         String unitId,
                                         String ownerId,
                                         String reason,
                                         String declinedBy,
                                         Instant declinedAt) {
}
