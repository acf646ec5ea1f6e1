package com.wuxiao.command.appraisal.api;

import java.util.List;

/** What {@link RankRoundCommand} returns: the ranking it applied, best first, for the union leader to approve. */
public record RankingOutcome(List<RankedProposal> ranking) {
}
