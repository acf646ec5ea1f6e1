package com.wuxiao.command.patent.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The patent office issued an office action (审查意见通知书) to be answered by {@code responseDue}.
 *
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record RecordOfficeActionCommand(@TargetAggregateIdentifier String patentId,
                                        LocalDate issuedOn,
                                        LocalDate responseDue,
                                        String summary,
                                        String recordedBy,
                                        String processCommandId,
                                        Instant recordedAt) implements ProcessCommand {
}
