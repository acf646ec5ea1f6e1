package com.wuxiao.query.proposal.api;

import java.util.Objects;
import java.util.Set;

/**
 * Which proposals a reader may see: every proposal ({@code all}), or those of {@code unitIds}
 * plus those {@code userId} is an author or the mentor of, plus, for production owners, every
 * awarded result (what is handed over to production, and what they may ask for).
 *
 * @param userId         the reader; null only when {@code all}
 * @param unitIds        units whose proposals the reader sees in full (the units they coordinate)
 * @param awardedResults the reader also sees every awarded proposal
 */
public record ProposalScope(boolean all, String userId, Set<String> unitIds, boolean awardedResults) {

    private static final ProposalScope EVERYTHING = new ProposalScope(true, null, Set.of(), false);

    public ProposalScope {
        unitIds = Set.copyOf(unitIds);
        if (!all && (userId == null || userId.isBlank())) {
            throw new IllegalArgumentException("a limited scope needs the reader's user id");
        }
    }

    /** Readers who see every proposal (union office, reviewers, administrators) and system callers. */
    public static ProposalScope everything() {
        return EVERYTHING;
    }

    /** The proposals of the given units and those the user authors or mentors. */
    public static ProposalScope of(String userId, Set<String> unitIds) {
        return new ProposalScope(false, Objects.requireNonNull(userId, "userId"), unitIds, false);
    }

    /** This scope and every awarded proposal besides. */
    public ProposalScope withAwardedResults() {
        return all ? this : new ProposalScope(false, userId, unitIds, true);
    }

    /** Only the proposals the user authors or mentors. */
    public static ProposalScope own(String userId) {
        return of(userId, Set.of());
    }
}
