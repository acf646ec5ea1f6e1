package com.wuxiao.query.appraisal.api;

import com.wuxiao.command.competition.api.ScoreWeights;

import java.time.Instant;
import java.util.List;

/**
 * A round: its state, panel, the proposals with their ranking, and objections. What an asker may not
 * read ({@link RoundAccess}) is left empty: the panel and objections for the public, individual
 * scores for everyone but the union office and administrators, objectors for reviewers.
 *
 * @param scorersPerProposal null until scorers are assigned
 * @param scoresDone         scoring tasks done, over all proposals
 * @param scoresAssigned     scoring tasks assigned, over all proposals
 * @param results            ranked: best first; else in pool order
 */
public record AppraisalRoundDetail(String roundId,
                                   int year,
                                   int quarter,
                                   AppraisalRoundStatus status,
                                   ScoreWeights weights,
                                   Integer scorersPerProposal,
                                   String openedBy,
                                   Instant openedAt,
                                   String rankedBy,
                                   Instant rankedAt,
                                   String approvedBy,
                                   Instant approvedAt,
                                   Instant publicityStartsAt,
                                   Instant publicityEndsAt,
                                   String finalisedBy,
                                   Instant finalisedAt,
                                   int scoresDone,
                                   int scoresAssigned,
                                   List<PanelMember> panel,
                                   List<RoundProposalResult> results,
                                   List<RoundObjection> objections) {

    public AppraisalRoundDetail {
        panel = List.copyOf(panel);
        results = List.copyOf(results);
        objections = List.copyOf(objections);
    }
}
