package com.wuxiao.command.catalogue.api;

import com.wuxiao.command.conversion.api.PlannedMilestones;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union office accepts a pending request, with the planned milestones of the handover it starts.
 * The handler answers with the {@code HandOverResultCommand} to send in the same transaction.
 */
public record AcceptResultRequestCommand(@TargetAggregateIdentifier String requestId,
                                         PlannedMilestones planned,
                                         String acceptedBy,
                                         Instant acceptedAt) {
}
