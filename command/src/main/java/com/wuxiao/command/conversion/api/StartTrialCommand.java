package com.wuxiao.command.conversion.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The production owner (or the union leader) records that the trial started.
 *
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record StartTrialCommand(@TargetAggregateIdentifier String conversionId,
                                LocalDate startedOn,
                                String recordedBy,
                                String processCommandId,
                                Instant recordedAt) implements ProcessCommand {
}
