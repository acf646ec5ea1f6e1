package com.wuxiao.query.proposal.api;

import java.time.Instant;

/**
 * Earlier proposals (submitted before {@code submittedBefore}, other than {@code proposalId}) whose
 * title or text closely match the given ones. Answered with {@link DuplicateCandidates}.
 */
public record FindDuplicateCandidatesQuery(String proposalId, String title, String text, Instant submittedBefore) {
}
