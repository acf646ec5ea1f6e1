package com.wuxiao.command.appraisal.api;

import java.time.Instant;
import java.util.List;

/** The round's ranking with grades, best first; awaiting the union leader's approval. */
public record RoundRankedEvent(String roundId, List<RankedProposal> ranking, String rankedBy, Instant rankedAt) {
}
