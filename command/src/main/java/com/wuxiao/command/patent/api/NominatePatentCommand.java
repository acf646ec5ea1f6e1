package com.wuxiao.command.patent.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union office nominates an awarded result for a patent of a type (专利推进 begins).
 *
 * @param patentId {@code PatentCase.idOf(proposalId)}: one case per result
 */
public record NominatePatentCommand(@TargetAggregateIdentifier String patentId,
                                    String proposalId,
                                    PatentType type,
                                    String nominatedBy,
                                    Instant nominatedAt) {
}
