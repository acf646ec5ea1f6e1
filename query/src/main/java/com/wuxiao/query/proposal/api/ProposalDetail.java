package com.wuxiao.query.proposal.api;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.AttachmentRef;
import com.wuxiao.command.proposal.api.Author;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.command.proposal.api.ProposalType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything known about one proposal.
 *
 * @param grade               the quarterly appraisal's grade (NONE = not awarded), null until appraised
 * @param roundId             the appraisal round that gave the grade, null until appraised
 * @param authors             in listed order, with contribution shares in whole percent
 * @param history             oldest first
 * @param duplicateCandidates earlier proposals that closely match this one, best first
 * @param submittedAt         the first submission, which fixes the declaration month
 * @param attachments         the attached files, in the order attached (download: GET /api/attachments/{id})
 */
public record ProposalDetail(String id,
                             String title,
                             ProposalType type,
                             String categoryCode,
                             String unitId,
                             String submitterId,
                             String mentorId,
                             int competitionYear,
                             int declarationMonth,
                             ProposalStatus status,
                             int revision,
                             boolean escalated,
                             Grade grade,
                             String roundId,
                             String problem,
                             String solution,
                             BigDecimal expectedEconomicBenefit,
                             String expectedSafetyBenefit,
                             BigDecimal materialCost,
                             Instant submittedAt,
                             Instant updatedAt,
                             List<Author> authors,
                             List<ProposalHistoryEntry> history,
                             List<DuplicateCandidate> duplicateCandidates,
                             List<AttachmentRef> attachments) {

    public ProposalDetail {
        authors = List.copyOf(authors);
        history = List.copyOf(history);
        duplicateCandidates = List.copyOf(duplicateCandidates);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A proposal without attachments. */
    public ProposalDetail(String id, String title, ProposalType type, String categoryCode, String unitId,
                          String submitterId, String mentorId, int competitionYear, int declarationMonth,
                          ProposalStatus status, int revision, boolean escalated, Grade grade, String roundId,
                          String problem, String solution, BigDecimal expectedEconomicBenefit,
                          String expectedSafetyBenefit, BigDecimal materialCost, Instant submittedAt, Instant updatedAt,
                          List<Author> authors, List<ProposalHistoryEntry> history,
                          List<DuplicateCandidate> duplicateCandidates) {
        this(id, title, type, categoryCode, unitId, submitterId, mentorId, competitionYear, declarationMonth, status,
                revision, escalated, grade, roundId, problem, solution, expectedEconomicBenefit, expectedSafetyBenefit,
                materialCost, submittedAt, updatedAt, authors, history, duplicateCandidates, List.of());
    }
}
