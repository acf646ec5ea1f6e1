package com.wuxiao.query.catalogue.api;

import java.time.Instant;

/**
 * A unit's request for a result.
 *
 * @param meetingId    the promotion meeting it came from, or null
 * @param conversionId the handover its acceptance started, or null
 */
public record ResultRequestRow(String requestId,
                               String proposalId,
                               String title,
                               String resultUnitId,
                               String unitId,
                               String ownerId,
                               String note,
                               String meetingId,
                               ResultRequestStatus status,
                               String requestedBy,
                               Instant requestedAt,
                               String decidedBy,
                               Instant decidedAt,
                               String declineReason,
                               String conversionId) {
}
