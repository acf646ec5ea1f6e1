package com.wuxiao.command.patent.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The open office action was answered (答复审查意见).
 *
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record AnswerOfficeActionCommand(@TargetAggregateIdentifier String patentId,
                                        LocalDate answeredOn,
                                        String note,
                                        String recordedBy,
                                        String processCommandId,
                                        Instant recordedAt) implements ProcessCommand {
}
