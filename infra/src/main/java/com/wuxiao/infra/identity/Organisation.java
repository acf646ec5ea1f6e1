package com.wuxiao.infra.identity;

import com.wuxiao.command.identity.api.PanelRole;
import com.wuxiao.command.identity.api.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;

/**
 * Writes units, users and their roles into Camunda's identity store (passwords are hashed by
 * Camunda). Used by the demo data, the bootstrap administrator and tests; idempotent.
 */
@Service
public class Organisation {

    private final IdentityService identityService;

    Organisation(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The groups every installation has: one per role and panel role, and Camunda's admin group. */
    @Transactional
    public void ensureStandardGroups() {
        for (Role role : Role.values()) {
            ensureGroup(role.name(), role.zh() + " " + role.name(), GroupTypes.ROLE);
        }
        for (PanelRole panelRole : PanelRole.values()) {
            ensureGroup(panelRole.name(), panelRole.zh() + " " + panelRole.name(), GroupTypes.PANEL);
        }
        ensureGroup(GroupTypes.CAMUNDA_ADMIN, "Camunda 管理员 administrators", "SYSTEM");
    }

    /** A unit (区队/车间/科室) and the group of its coordinators. */
    @Transactional
    public void ensureUnit(String unitId, String name) {
        ensureGroup(unitId, name, GroupTypes.UNIT);
        ensureGroup(Role.coordinatorGroupOf(unitId), name + " 联络员 coordinators", GroupTypes.UNIT_COORDINATORS);
    }

    @Transactional
    public void ensureUser(NewUser spec) {
        User user = identityService.createUserQuery().userId(spec.userId()).singleResult();
        if (user == null) {
            user = identityService.newUser(spec.userId());
            user.setLastName(spec.familyName());
            user.setFirstName(spec.givenName());
            user.setEmail(spec.email());
            user.setPassword(spec.password());
            identityService.saveUser(user);
        }
        join(spec.userId(), spec.unitId());
        for (Role role : spec.roles()) {
            join(spec.userId(), role.name());
            if (role == Role.UNIT_COORDINATOR) {
                join(spec.userId(), Role.coordinatorGroupOf(spec.unitId()));
            }
            if (role == Role.ADMIN) {
                join(spec.userId(), GroupTypes.CAMUNDA_ADMIN);
            }
        }
        if (spec.panelRole() != null) {
            join(spec.userId(), spec.panelRole().name());
        }
        if (spec.demo()) {
            identityService.setUserInfo(spec.userId(), GroupTypes.DEMO_INFO_KEY, "true");
        }
    }

    public boolean hasMemberOf(Role role) {
        return identityService.createUserQuery().memberOfGroup(role.name()).count() > 0;
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void join(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    /** A user to create; {@code familyName}/{@code givenName} split the Chinese name (张 / 三). */
    public record NewUser(String userId, String familyName, String givenName, String unitId, String password,
                          Collection<Role> roles, PanelRole panelRole, String email, boolean demo) {
    }
}
