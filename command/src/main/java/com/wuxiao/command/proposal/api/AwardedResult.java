package com.wuxiao.command.proposal.api;

import com.wuxiao.command.competition.api.Grade;

import java.time.Instant;
import java.util.List;

/**
 * An awarded result (获奖成果): a proposal the quarterly appraisal gave a grade, as patent promotion
 * and conversion to production build on it.
 *
 * @param authors   in the proposal's order with their contribution shares (points are split by them)
 * @param awardedAt when its round was finalised
 */
public record AwardedResult(String proposalId,
                            String title,
                            String unitId,
                            String categoryCode,
                            int competitionYear,
                            String roundId,
                            Grade grade,
                            List<Author> authors,
                            Instant awardedAt) {

    public AwardedResult {
        authors = List.copyOf(authors);
    }
}
