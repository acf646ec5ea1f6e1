package com.wuxiao.command.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sent by the monthly-review process when a returned proposal was not revised in time.
 *
 * @param revision     the revision that was returned; a later revision makes this a no-op
 * @param processCommandId deterministic id (process instance + activity + revision); a repeat is ignored
 */
public record ExpireReturnedProposalCommand(@TargetAggregateIdentifier String proposalId,
                                            int revision,
                                            String processCommandId,
                                            Instant expiredAt) {
}
