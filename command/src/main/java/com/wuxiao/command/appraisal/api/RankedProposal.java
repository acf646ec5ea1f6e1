package com.wuxiao.command.appraisal.api;

import com.wuxiao.command.competition.api.Grade;

import java.math.BigDecimal;

/**
 * One proposal's place in a round's ranking.
 *
 * @param finalScore two decimals
 * @param rank       competition ranking: equal final scores share a rank (1, 2, 2, 4)
 */
public record RankedProposal(String proposalId, String unitId, BigDecimal finalScore, int rank, Grade grade) {
}
