package com.wuxiao.command.commendation.api;

import java.time.Instant;
import java.util.List;

/**
 * The year's commendation as drafted: the 创新标兵 and every unit ranked by the composite, the
 * 优秀组织单位 marked.
 */
public record CommendationDraftedEvent(String commendationId,
                                       int year,
                                       List<CommendedWorker> workers,
                                       List<UnitScore> units,
                                       String draftedBy,
                                       Instant draftedAt) {

    public CommendationDraftedEvent {
        workers = List.copyOf(workers);
        units = List.copyOf(units);
    }
}
