package com.wuxiao.command.appraisal.api;

import java.time.Instant;
import java.util.List;

/**
 * The round's grades are final (each proposal's grade, NONE included). Rewards and points follow
 * as {@link RewardGrantedEvent} and {@link PointsAwardedEvent}; they belong to the month, quarter
 * and year of {@code finalisedAt}.
 */
public record RoundFinalisedEvent(String roundId,
                                  int year,
                                  int quarter,
                                  List<RankedProposal> results,
                                  String finalisedBy,
                                  Instant finalisedAt) {
}
