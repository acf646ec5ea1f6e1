package com.wuxiao.command.identity;

import com.wuxiao.command.identity.api.Actor;

import java.util.Optional;

/**
 * Who is who. Aggregates receive it as a handler parameter so that commands carry only user ids
 * and the rules about roles and units are decided inside the aggregate.
 */
public interface UserDirectory {

    Optional<Actor> find(String userId);

    boolean unitExists(String unitId);
}
