package com.wuxiao.query.commendation.api;

import com.wuxiao.command.commendation.api.UnitStanding;
import com.wuxiao.command.commendation.api.WorkerStanding;

import java.util.List;

/**
 * What the year's read models say, for the commendation's draft: each worker's yearly points (from
 * the points ledger) and each unit's headcount, submitters, awards and adoptions. A unit with activity
 * but no stated headcount has headcount 0, which the draft refuses with a message to set it.
 */
public record CommendationStandings(int year, List<WorkerStanding> workers, List<UnitStanding> units) {

    public CommendationStandings {
        workers = List.copyOf(workers);
        units = List.copyOf(units);
    }
}
