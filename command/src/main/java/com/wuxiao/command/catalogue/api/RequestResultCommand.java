package com.wuxiao.command.catalogue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A production owner requests an awarded result of the catalogue (成果库) for their unit; or the union
 * office records, after a promotion meeting, the interest an owner showed there.
 *
 * @param requestId   {@code ResultRequest.idOf(proposalId, unitId)}: one open request per result and unit
 * @param ownerId     the production owner of {@code unitId} who will follow the conversion
 * @param note        optional: why the unit wants it
 * @param meetingId   the promotion meeting the interest was shown at; null for a request from the catalogue
 * @param requestedBy the owner themself, or the union office recording a meeting's interest
 */
public record RequestResultCommand(@TargetAggregateIdentifier String requestId,
                                   String proposalId,
                                   String unitId,
                                   String ownerId,
                                   String note,
                                   String meetingId,
                                   String requestedBy,
                                   Instant requestedAt) {
}
