package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * The union leader opens the quarter's appraisal round (季度评审) over the quarter's ACCEPTED
 * proposals. The round id is {@link AppraisalLimits#roundIdOf(int, int)} of year and quarter.
 */
public record OpenAppraisalRoundCommand(@TargetAggregateIdentifier String roundId,
                                        int year,
                                        int quarter,
                                        List<PoolEntry> pool,
                                        String openedBy,
                                        Instant openedAt) {
}
