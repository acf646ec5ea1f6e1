package com.wuxiao.command.whatif.api;

import com.wuxiao.command.commendation.api.UnitStanding;
import com.wuxiao.command.commendation.api.WorkerStanding;

import java.util.List;

/**
 * What the read side says of a calendar year, as the commendation is drafted from: each worker's
 * yearly points (every kind) and each unit's headcount, submitters, awards and adoptions. A year's
 * what-if changes in them only what its replayed rounds decided.
 */
public record YearStandings(int year, List<WorkerStanding> workers, List<UnitStanding> units) {

    public YearStandings {
        workers = List.copyOf(workers);
        units = List.copyOf(units);
    }
}
