package com.wuxiao.query.appraisal.api;

import com.wuxiao.command.appraisal.api.ReReviewReason;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.Author;

import java.math.BigDecimal;
import java.util.List;

/**
 * One proposal of a round: scoring progress, re-review, and its place in the current ranking.
 *
 * @param title          null if the proposal read model does not know it (yet)
 * @param reReviewReason why it went to re-review last, null if never
 * @param reReviewSpread the spread that sent it to re-review (reason SPREAD)
 * @param consensusScore the panel's agreed weighted score, which replaced the scorers' scores
 * @param finalScore     of the current ranking; null while unranked
 * @param rank           competition ranking (1, 2, 2, 4); null while unranked
 * @param grade          of the current ranking; null while unranked
 * @param finalGrade     once the round is finalised
 * @param scores         the scorers' scores; only for the union office and administrators
 */
public record RoundProposalResult(String proposalId,
                                  String title,
                                  String unitId,
                                  List<Author> authors,
                                  String mentorId,
                                  int scoresDone,
                                  int scoresAssigned,
                                  boolean inReReview,
                                  ReReviewReason reReviewReason,
                                  BigDecimal reReviewSpread,
                                  BigDecimal consensusScore,
                                  BigDecimal finalScore,
                                  Integer rank,
                                  Grade grade,
                                  Grade finalGrade,
                                  List<ScoreEntry> scores) {

    public RoundProposalResult {
        authors = List.copyOf(authors);
        scores = List.copyOf(scores);
    }
}
