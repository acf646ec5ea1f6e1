package com.wuxiao.query.proposal.api;

import com.wuxiao.command.proposal.api.ProposalStatus;

import java.time.Instant;

/**
 * One step of a proposal's history, oldest first.
 *
 * @param seq      the event's position in the proposal's own event stream
 * @param status   the status after this step
 * @param actorId  who acted; null when the system did (expiry, escalation, appraisal result)
 * @param revision the revision the step concerns
 * @param reason   a {@code RejectionReason} or {@code WithdrawalReason} name, the {@code Grade} name of
 *                 an APPRAISED entry, else null
 */
public record ProposalHistoryEntry(long seq,
                                   ProposalHistoryAction action,
                                   ProposalStatus status,
                                   String actorId,
                                   int revision,
                                   String comment,
                                   String reason,
                                   Instant occurredAt) {
}
