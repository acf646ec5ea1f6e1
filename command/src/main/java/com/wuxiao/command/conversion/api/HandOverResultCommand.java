package com.wuxiao.command.conversion.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union leader hands an awarded result over to a receiving production unit, naming the
 * production owner and the planned milestones.
 *
 * @param conversionId {@code Conversion.idOf(proposalId, receivingUnitId)}
 */
public record HandOverResultCommand(@TargetAggregateIdentifier String conversionId,
                                    String proposalId,
                                    String receivingUnitId,
                                    String ownerId,
                                    PlannedMilestones planned,
                                    String handedOverBy,
                                    Instant handedOverAt) {
}
