package com.wuxiao.processes.monthlyreview;

import java.util.Set;

/**
 * Who coordinates a unit, for routing its screening around conflicts of interest. A port: the
 * identity store behind it belongs to infra, which this module may not see.
 */
public interface UnitCoordinators {

    /** User ids of the unit's coordinators (members of {@code UNIT_COORDINATOR-<unitId>}); empty if none. */
    Set<String> of(String unitId);
}
