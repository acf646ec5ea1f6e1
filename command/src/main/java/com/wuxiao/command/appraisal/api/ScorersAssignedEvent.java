package com.wuxiao.command.appraisal.api;

import java.time.Instant;
import java.util.List;

/** Every proposal of the round got its scorers (one scoring task per proposal and scorer). */
public record ScorersAssignedEvent(String roundId,
                                   int scorersPerProposal,
                                   List<Assignment> assignments,
                                   String assignedBy,
                                   Instant assignedAt) {
}
