package com.wuxiao.command.patent.api;

import java.time.Instant;

/** A reminder timer found a step still undone after its due time; the pipeline shows it as overdue. */
public record PatentStepOverdueEvent(String patentId,
                                     String proposalId,
                                     PatentStep step,
                                     Instant dueAt,
                                     Instant recordedAt) {
}
