package com.wuxiao.command.appraisal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The union leader approves the ranking; its publicity period (公示) starts at once. */
public record ApproveRankingCommand(@TargetAggregateIdentifier String roundId, String approvedBy,
                                    Instant approvedAt) {
}
