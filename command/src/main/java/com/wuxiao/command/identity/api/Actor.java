package com.wuxiao.command.identity.api;

import java.util.Set;

/**
 * A known person acting in the competition: 工号 (user id), name, the unit they belong to,
 * their roles and, for reviewers, their panel role.
 */
public record Actor(String userId, String name, String unitId, Set<Role> roles, PanelRole panelRole) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
