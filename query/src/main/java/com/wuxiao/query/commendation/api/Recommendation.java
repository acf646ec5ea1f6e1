package com.wuxiao.query.commendation.api;

import com.wuxiao.command.competition.api.Grade;

import java.time.Instant;

/** An awarded result recommended to the higher-level (group) competition. */
public record Recommendation(String proposalId, String title, String unitId, Grade grade, String note,
                             String recommendedBy, Instant recommendedAt) {
}
