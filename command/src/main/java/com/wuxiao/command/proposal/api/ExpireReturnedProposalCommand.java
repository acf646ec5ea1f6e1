package com.wuxiao.command.proposal.api;

import com.wuxiao.command.common.api.ProcessCommand;
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
                                            Instant expiredAt) implements ProcessCommand {

    /** The process branches on the answer (withdrawn, revised in time, unchanged), a repeat's included. */
    @Override
    public boolean answersRepeats() {
        return true;
    }
}
