package com.wuxiao.command.appraisal.api;

import java.time.Instant;
import java.util.List;

/** A quarter's round was opened over its pool, with a snapshot of the year's rules. */
public record AppraisalRoundOpenedEvent(String roundId,
                                        int year,
                                        int quarter,
                                        List<PoolEntry> pool,
                                        RoundConfig config,
                                        String openedBy,
                                        Instant openedAt) {
}
