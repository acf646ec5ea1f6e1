package com.wuxiao.command.patent.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union office gives the case up (放弃).
 *
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record AbandonPatentCommand(@TargetAggregateIdentifier String patentId,
                                   String reason,
                                   String recordedBy,
                                   String processCommandId,
                                   Instant recordedAt) implements ProcessCommand {
}
