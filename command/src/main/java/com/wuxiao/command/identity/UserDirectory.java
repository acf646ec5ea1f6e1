package com.wuxiao.command.identity;

import com.wuxiao.command.identity.api.Actor;

import java.util.Optional;
import java.util.Set;

/**
 * Who is who. Aggregates receive it as a handler parameter so that commands carry only user ids
 * and the rules about roles and units are decided inside the aggregate.
 */
public interface UserDirectory {

    Optional<Actor> find(String userId);

    boolean unitExists(String unitId);

    /** Ids of the unit's coordinators (基层工会联络员); empty for an unknown unit. */
    Set<String> coordinatorsOf(String unitId);
}
