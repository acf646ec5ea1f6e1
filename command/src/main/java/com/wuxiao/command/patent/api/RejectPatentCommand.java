package com.wuxiao.command.patent.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The patent office refused the application (驳回).
 *
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record RejectPatentCommand(@TargetAggregateIdentifier String patentId,
                                  LocalDate rejectedOn,
                                  String reason,
                                  String recordedBy,
                                  String processCommandId,
                                  Instant recordedAt) implements ProcessCommand {
}
