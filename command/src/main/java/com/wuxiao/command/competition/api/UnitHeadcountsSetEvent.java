package com.wuxiao.command.competition.api;

import java.time.Instant;
import java.util.Map;

/** The year's headcount of every unit that takes part (unit id → employees), as a whole. */
public record UnitHeadcountsSetEvent(String yearId, Map<String, Integer> headcounts, String setBy, Instant setAt) {

    public UnitHeadcountsSetEvent {
        headcounts = Map.copyOf(headcounts);
    }
}
