package com.wuxiao.command.commendation.api;

import com.wuxiao.command.competition.api.Grade;

import java.time.Instant;

/** An awarded result recommended to the higher-level (group) competition (推荐参加集团评选). */
public record ResultRecommendedEvent(String commendationId,
                                     int year,
                                     String proposalId,
                                     String title,
                                     String unitId,
                                     Grade grade,
                                     String note,
                                     String recommendedBy,
                                     Instant recommendedAt) {
}
