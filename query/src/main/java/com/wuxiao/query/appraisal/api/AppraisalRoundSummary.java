package com.wuxiao.query.appraisal.api;

import java.time.Instant;

/**
 * A round in a list.
 *
 * @param proposals the size of its pool
 */
public record AppraisalRoundSummary(String roundId,
                                    int year,
                                    int quarter,
                                    AppraisalRoundStatus status,
                                    int proposals,
                                    Instant openedAt,
                                    Instant publicityEndsAt,
                                    Instant finalisedAt) {
}
