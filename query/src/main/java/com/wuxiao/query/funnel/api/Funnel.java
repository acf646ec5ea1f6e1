package com.wuxiao.query.funnel.api;

import java.util.List;

/**
 * The conversion funnel of a period: one row per unit that has anything in it (by unit id), and the
 * total over those rows.
 *
 * @param period the period's key (2026-11, 2026-Q4, 2026)
 */
public record Funnel(String period, List<FunnelRow> units, FunnelRow total) {

    public Funnel {
        units = List.copyOf(units);
    }
}
