package com.wuxiao.command.proposal.api;

import com.wuxiao.command.competition.api.Grade;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The quarterly appraisal decided on the proposal: AWARDED with its grade, or NOT_AWARDED for
 * {@link Grade#NONE} (see {@link ProposalStatus#appraisedAs}).
 *
 * @param appraisedAt when the round was finalised
 */
public record ProposalAppraisedEvent(String proposalId,
                                     String roundId,
                                     Grade grade,
                                     BigDecimal finalScore,
                                     int rank,
                                     Instant appraisedAt) {
}
