package com.wuxiao.command.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An author attaches one more file to a submitted or returned proposal; its bytes are stored already. */
public record AddAttachmentCommand(@TargetAggregateIdentifier String proposalId,
                                   String actorId,
                                   AttachmentRef attachment,
                                   Instant addedAt) {
}
