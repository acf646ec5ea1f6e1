package com.wuxiao.command.testing;

import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.identity.api.Role;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A fixed organisation for fixture tests, built from plain records. */
public final class InMemoryUserDirectory implements UserDirectory {

    private final Map<String, Actor> actors = new HashMap<>();
    private final Set<String> units = new HashSet<>();

    public InMemoryUserDirectory unit(String unitId) {
        units.add(unitId);
        return this;
    }

    public InMemoryUserDirectory actor(String userId, String unitId, Role... roles) {
        return actor(new Actor(userId, "用户 " + userId, unitId, Set.of(roles), null));
    }

    public InMemoryUserDirectory reviewer(String userId, String unitId, PanelRole panelRole) {
        return actor(new Actor(userId, "评审 " + userId, unitId, Set.of(Role.REVIEWER), panelRole));
    }

    public InMemoryUserDirectory actor(Actor actor) {
        actors.put(actor.userId(), actor);
        return this;
    }

    @Override
    public Optional<Actor> find(String userId) {
        return Optional.ofNullable(actors.get(userId));
    }

    @Override
    public boolean unitExists(String unitId) {
        return units.contains(unitId);
    }

    @Override
    public Set<String> coordinatorsOf(String unitId) {
        return actors.values().stream()
                .filter(actor -> actor.has(Role.UNIT_COORDINATOR) && unitId.equals(actor.unitId()))
                .map(Actor::userId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
