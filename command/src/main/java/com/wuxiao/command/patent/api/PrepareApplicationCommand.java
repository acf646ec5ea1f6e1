package com.wuxiao.command.patent.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The application documents are ready (准备申请材料).
 *
 * @param agency           the patent agency (代理机构), optional: the union may file itself
 * @param processCommandId deterministic id when sent by a process (else null); a repeat is ignored
 */
public record PrepareApplicationCommand(@TargetAggregateIdentifier String patentId,
                                        String agency,
                                        String note,
                                        String preparedBy,
                                        String processCommandId,
                                        Instant preparedAt) implements ProcessCommand {
}
