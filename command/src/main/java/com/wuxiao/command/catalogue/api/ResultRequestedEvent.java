package com.wuxiao.command.catalogue.api;

import java.time.Instant;

/**
 * A unit requested an awarded result; the union office accepts (the handover starts) or declines.
 *
 * @param resultUnitId the unit the result comes from
 * @param meetingId    the promotion meeting the interest was shown at, or null
 */
public record ResultRequestedEvent(String requestId,
                                   String proposalId,
                                   String title,
                                   String resultUnitId,
                                   String unitId,
                                   String ownerId,
                                   String note,
                                   String meetingId,
                                   String requestedBy,
                                   Instant requestedAt) {
}
