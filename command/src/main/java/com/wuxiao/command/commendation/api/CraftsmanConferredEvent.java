package com.wuxiao.command.commendation.api;

import java.time.Instant;

/**
 * 金牌工匠 was conferred on a worker for a year.
 *
 * @param unitId the worker's unit when conferred
 */
public record CraftsmanConferredEvent(String commendationId,
                                      int year,
                                      String workerId,
                                      String unitId,
                                      String citation,
                                      String conferredBy,
                                      Instant conferredAt) {
}
