package com.wuxiao.command.payout.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * The union office puts payable rewards of a year into a payout batch: either the items named, or
 * every item of a round that no batch holds yet.
 *
 * @param payoutsId {@code RewardPayouts.idOf(year)}
 * @param roundId   a round of the year, or null when {@code itemIds} are given
 */
public record CreatePayoutBatchCommand(@TargetAggregateIdentifier String payoutsId,
                                       int year,
                                       String batchId,
                                       String roundId,
                                       List<String> itemIds,
                                       String createdBy,
                                       Instant createdAt) {

    public CreatePayoutBatchCommand {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }
}
