package com.wuxiao.command.commendation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The union leader confers 金牌工匠 (gold-medal craftsman) on a worker for a year, with a citation
 * (颁奖词) printed on the certificate.
 *
 * @param commendationId {@code Commendations.idOf(year)}
 */
public record ConferCraftsmanCommand(@TargetAggregateIdentifier String commendationId,
                                     int year,
                                     String workerId,
                                     String citation,
                                     String conferredBy,
                                     Instant conferredAt) {
}
