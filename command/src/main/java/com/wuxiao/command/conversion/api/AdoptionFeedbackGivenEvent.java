package com.wuxiao.command.conversion.api;

import java.time.Instant;

/** Feedback of an adopting unit on a result in use. */
public record AdoptionFeedbackGivenEvent(String conversionId,
                                         String proposalId,
                                         String receivingUnitId,
                                         String worked,
                                         String changed,
                                         String givenBy,
                                         Instant givenAt) {
}
