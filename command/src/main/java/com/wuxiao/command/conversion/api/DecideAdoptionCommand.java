package com.wuxiao.command.conversion.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * After the trial, the receiving unit adopts the result in production or declines it.
 *
 * @param reason           required when declining
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 * @param decidedAt        the adoption's time: its period, and the start of the 3 and 12 months
 */
public record DecideAdoptionCommand(@TargetAggregateIdentifier String conversionId,
                                    boolean adopted,
                                    String reason,
                                    String decidedBy,
                                    String processCommandId,
                                    Instant decidedAt) implements ProcessCommand {
}
