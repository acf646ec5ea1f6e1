package com.wuxiao.infra.identity;

import com.wuxiao.command.identity.UserDirectory;
import com.wuxiao.command.identity.api.Actor;
import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.identity.api.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Users, units and roles live in Camunda's identity store (one login for the app and Tasklist;
 * the Camunda Admin app manages them). Units, roles and panel roles are groups told apart by type.
 */
@Component
class CamundaUserDirectory implements UserDirectory {

    private final IdentityService identityService;
    private final CamundaUnitCoordinators coordinators;

    CamundaUserDirectory(IdentityService identityService, CamundaUnitCoordinators coordinators) {
        this.identityService = identityService;
        this.coordinators = coordinators;
    }

    @Override
    public Optional<Actor> find(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        List<Group> groups = identityService.createGroupQuery().groupMember(userId).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String unitId = null;
        PanelRole panelRole = null;
        for (Group group : groups) {
            switch (String.valueOf(group.getType())) {
                case GroupTypes.ROLE -> roles.add(Role.valueOf(group.getId()));
                case GroupTypes.UNIT -> unitId = group.getId();
                case GroupTypes.PANEL -> panelRole = PanelRole.valueOf(group.getId());
                default -> { }
            }
        }
        return Optional.of(new Actor(userId, displayName(user), unitId, roles, panelRole));
    }

    @Override
    public boolean unitExists(String unitId) {
        return unitId != null
                && identityService.createGroupQuery().groupId(unitId).groupType(GroupTypes.UNIT).count() == 1;
    }

    /** The same members the screening route offers the task to, so the aggregate and the route agree. */
    @Override
    public Set<String> coordinatorsOf(String unitId) {
        return coordinators.of(unitId);
    }

    static String displayName(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        // Chinese names: family name first, no space.
        return (last + first).isBlank() ? user.getId() : last + first;
    }
}
