package com.wuxiao.command.proposal.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The monthly-review decision on one revision of a proposal (月度初审).
 *
 * @param comment          required for RETURN, optional otherwise
 * @param rejectionReason  required for REJECT, absent otherwise
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record ScreenProposalCommand(@TargetAggregateIdentifier String proposalId,
                                    String screenerId,
                                    int revision,
                                    ScreeningOutcome outcome,
                                    String comment,
                                    RejectionReason rejectionReason,
                                    String processCommandId,
                                    Instant screenedAt) implements ProcessCommand {
}
