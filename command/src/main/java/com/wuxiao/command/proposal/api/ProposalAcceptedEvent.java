package com.wuxiao.command.proposal.api;

import java.time.Instant;
import java.util.Map;

/**
 * The proposal enters the quarter's appraisal pool. Each author's acceptance points follow it, one
 * {@link com.wuxiao.command.common.api.PointsEarnedEvent} each.
 *
 * @param authorUnits the unit each author belonged to when accepted (worker id → unit id): their
 *                    acceptance points count for that unit, which for a team across units is not
 *                    always the proposal's unit; authors the directory did not know are absent
 */
public record ProposalAcceptedEvent(String proposalId, String screenerId, int revision, String comment,
                                    Instant acceptedAt, Map<String, String> authorUnits) {

    public ProposalAcceptedEvent {
        authorUnits = authorUnits == null ? Map.of() : Map.copyOf(authorUnits);
    }
}
