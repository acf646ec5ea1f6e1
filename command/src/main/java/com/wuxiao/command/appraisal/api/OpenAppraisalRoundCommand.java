package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union leader opens the quarter's appraisal round (季度评审) over the quarter's ACCEPTED
 * proposals, which the round takes from the command side's lookup, not from the caller. The round
 * id is {@link AppraisalLimits#roundIdOf(int, int)} of year and quarter. Returns {@link RoundOpened}.
 */
public record OpenAppraisalRoundCommand(@TargetAggregateIdentifier String roundId,
                                        int year,
                                        int quarter,
                                        String openedBy,
                                        Instant openedAt) {
}
