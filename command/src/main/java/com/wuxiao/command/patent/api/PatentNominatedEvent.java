package com.wuxiao.command.patent.api;

import java.time.Instant;

/**
 * The union office nominated an awarded result for a patent (专利推进 begins). Carries the result's
 * facts so that readers need not look them up.
 *
 * @param patentId  {@code "PAT-" + proposalId}: one patent case per result
 * @param awardedAt when the result's round was finalised
 */
public record PatentNominatedEvent(String patentId,
                                   String proposalId,
                                   String title,
                                   String unitId,
                                   int competitionYear,
                                   PatentType type,
                                   Instant awardedAt,
                                   String nominatedBy,
                                   Instant nominatedAt) {
}
