package com.wuxiao.command.patent.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The application was filed with the patent office (提交申请).
 *
 * @param applicationNumber as on the office's receipt, e.g. 202510123456.7
 * @param filedOn           the filing date on the receipt
 * @param processCommandId  deterministic id when sent by a process (else null); a repeat is ignored
 * @param recordedAt        when it is recorded here: the points' period
 */
public record FilePatentCommand(@TargetAggregateIdentifier String patentId,
                                String applicationNumber,
                                LocalDate filedOn,
                                String recordedBy,
                                String processCommandId,
                                Instant recordedAt) implements ProcessCommand {
}
