package com.wuxiao.command.patent.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sent by a reminder timer of the patent-promotion process: {@code step} was still undone at
 * {@code dueAt}. A no-op when the step is done meanwhile or its overdue was recorded already.
 *
 * @param processCommandId deterministic id (process instance + activity + office action); a repeat is ignored
 */
public record RecordPatentOverdueCommand(@TargetAggregateIdentifier String patentId,
                                         PatentStep step,
                                         Instant dueAt,
                                         String processCommandId,
                                         Instant recordedAt) implements ProcessCommand {
}
