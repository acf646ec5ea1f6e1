package com.wuxiao.infra.identity;

import com.wuxiao.command.identity.api.Role;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standing authorizations with Camunda authorization switched on. Task access itself needs no
 * entry here: Camunda grants it to a task's candidate groups and assignee.
 */
@Component
class CamundaAuthorizations {

    private static final String APPRAISAL_PROCESS = QuarterlyAppraisal.PROCESS_KEY;

    private final AuthorizationService authorizationService;

    CamundaAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    @Transactional
    void ensureDefaults() {
        // Everyone who can log in may open Tasklist, see its shared filters, and read names of
        // users and groups (candidate groups, assignees) and the process definitions behind forms.
        grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantGlobal(Resources.FILTER, Authorization.ANY, Permissions.READ);
        grantGlobal(Resources.USER, Authorization.ANY, Permissions.READ);
        grantGlobal(Resources.GROUP, Authorization.ANY, Permissions.READ);
        grantGlobal(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        // Union leaders watch the running reviews in Cockpit and open the quarterly appraisal.
        grantGroup(Role.UNION_LEADER.name(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantGroup(Role.UNION_LEADER.name(), Resources.PROCESS_DEFINITION, APPRAISAL_PROCESS,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grantGroup(Role.UNION_LEADER.name(), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    private void grantGlobal(Resource resource, String resourceId, Permission permission) {
        boolean present = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!present) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            authorization.setUserId(Authorization.ANY);
            save(authorization, resource, resourceId, permission);
        }
    }

    private void grantGroup(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean present = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).hasPermission(permission)
                .count() > 0;
        if (!present) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            save(authorization, resource, resourceId, permission);
        }
    }

    private void save(Authorization authorization, Resource resource, String resourceId, Permission permission) {
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }
}
