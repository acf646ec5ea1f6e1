package com.wuxiao.query.need.api;

import com.wuxiao.command.proposal.api.ProposalStatus;

import java.time.Instant;

/**
 * A declaration answering a need, with where it stands.
 *
 * @param grade the appraisal's grade name once appraised, else null
 */
public record NeedAnswer(String proposalId,
                         String title,
                         String unitId,
                         String submitterId,
                         ProposalStatus status,
                         String grade,
                         Instant submittedAt) {
}
