package com.wuxiao.query.proposal.api;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalType;

import java.time.Instant;

/**
 * One row of a proposal list.
 *
 * @param escalated the current revision's screening went to the union office
 * @param grade     the quarterly appraisal's grade (NONE = not awarded), null until appraised
 * @param roundId   the appraisal round that gave the grade, null until appraised
 */
public record ProposalSummary(String id,
                              String title,
                              ProposalType type,
                              String categoryCode,
                              String unitId,
                              String submitterId,
                              int competitionYear,
                              int declarationMonth,
                              ProposalStatus status,
                              int revision,
                              boolean escalated,
                              Grade grade,
                              String roundId,
                              Instant submittedAt,
                              Instant updatedAt) {
}
