package com.wuxiao.query.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Names and members of units (综采一队 for ZC1), for certificates and records that print them. Units live in the
 * identity store, which the query module cannot see; infra implements this port over it.
 */
public interface UnitNames {

    /** The name of each known unit id; unknown ids are absent from the answer. */
    Map<String, String> unitNamesOf(Collection<String> unitIds);

    /** The ids of the unit's members; empty for an unknown unit. */
    List<String> membersOf(String unitId);
}
