package com.wuxiao.command.conversion.api;

import com.wuxiao.command.common.api.ProcessCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sent by a reminder timer of the production-conversion process. Ignored if the milestone is done,
 * not yet overdue, not applicable (e.g. a benefit report of a declined conversion) or reminded of
 * already.
 *
 * @param processCommandId deterministic id (process instance + activity); a repeat is ignored
 */
public record RecordConversionOverdueCommand(@TargetAggregateIdentifier String conversionId,
                                             ConversionMilestone milestone,
                                             String processCommandId,
                                             Instant recordedAt) implements ProcessCommand {
}
