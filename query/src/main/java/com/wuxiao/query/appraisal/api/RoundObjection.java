package com.wuxiao.query.appraisal.api;

import java.time.Instant;

/**
 * An objection raised during a round's publicity period, and its decision.
 *
 * @param objectorId only for the union office and administrators, else null
 * @param decision   null while undecided
 */
public record RoundObjection(String objectionId,
                             String proposalId,
                             String objectorId,
                             String reason,
                             Instant raisedAt,
                             ObjectionDecision decision,
                             String decidedBy,
                             String note,
                             Instant decidedAt) {
}
