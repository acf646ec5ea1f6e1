package com.wuxiao.command.patent.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The patent office granted the patent (授权).
 *
 * @param patentNumber     e.g. ZL202510123456.7
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 * @param recordedAt       when it is recorded here: the points' period
 */
public record GrantPatentCommand(@TargetAggregateIdentifier String patentId,
                                 String patentNumber,
                                 LocalDate grantedOn,
                                 String recordedBy,
                                 String processCommandId,
                                 Instant recordedAt) implements ProcessCommand {
}
