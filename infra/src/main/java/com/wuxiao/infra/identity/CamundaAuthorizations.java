package com.wuxiao.infra.identity;

import com.wuxiao.command.identity.api.Role;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Stream;

/**
 * The standing authorizations with Camunda authorization switched on, by role:
 * <ul>
 *   <li>everyone opens Tasklist and reads the process definitions behind
 *   forms; a user reads their own profile and the groups they belong to (Camunda grants those when
 *   it creates them), nobody else's: names for picking people come from the app's own search;</li>
 *   <li>a task's candidates and assignee get TASK_WORK on it (engine setting
 *   {@code defaultUserPermissionNameForTask}): claim, complete, comment; and, through the guard,
 *   give it back or to another candidate;</li>
 *   <li>the administrator sees and operates process instances, jobs and incidents in Cockpit and
 *   through /engine-rest, and keeps users and groups in Admin;</li>
 *   <li>the union office starts the quarterly appraisal (through the app's API).</li>
 * </ul>
 * What authorization cannot express (no variable writes, no hand-over outside the candidates) is
 * the engine REST guard's ({@code com.wuxiao.infra.engine}).
 */
@Component
class CamundaAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(CamundaAuthorizations.class);
    private static final String APPRAISAL_PROCESS = QuarterlyAppraisal.PROCESS_KEY;
    private static final String ANY = Authorization.ANY;
    private static final String ADMIN = Groups.CAMUNDA_ADMIN;

    private final AuthorizationService authorizationService;

    CamundaAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    @Transactional
    void ensureDefaults() {
        grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // Filters are read by the roles they are made for (TasklistFilters); earlier versions let
        // everyone read every filter.
        revokeGlobalOnAny(Resources.FILTER);
        grantGlobal(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        // TASK_ASSIGN lets a candidate give a claimed task back or to another candidate: only the roles
        // that are candidates of some task have it, and the engine REST guard allows it only to a
        // task's own candidates and only towards candidates.
        for (Role candidateRole : List.of(Role.UNIT_COORDINATOR, Role.REVIEWER, Role.UNION_LEADER, Role.PRODUCTION_OWNER)) {
            grantGroup(candidateRole.name(), Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.TASK_ASSIGN);
        }
        // Earlier versions let everyone read every user (with e-mail) and every group membership.
        revokeGlobal(Resources.USER);
        revokeGlobal(Resources.GROUP);
        // Earlier versions left Cockpit to the union office, which could not see any instance there.
        revokeGroup(Role.UNION_LEADER.name(), Resources.APPLICATION, "cockpit");
        narrowTaskGrantsToWork();

        grantGroup(Role.UNION_LEADER.name(), Resources.PROCESS_DEFINITION, APPRAISAL_PROCESS,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grantGroup(Role.UNION_LEADER.name(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

        grantGroup(ADMIN, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantGroup(ADMIN, Resources.APPLICATION, "admin", Permissions.ACCESS);
        // Operating the engine: see instances, their tasks and history; retry jobs; resolve incidents
        // (UPDATE on the instance). Variable writes and token moves stay closed (engine REST guard).
        grantGroup(ADMIN, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
                ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.UPDATE_INSTANCE);
        grantGroup(ADMIN, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ,
                ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.RETRY_JOB);
        grantGroup(ADMIN, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE);
        grantGroup(ADMIN, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grantGroup(ADMIN, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grantGroup(ADMIN, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
        grantGroup(ADMIN, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grantGroup(ADMIN, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grantGroup(ADMIN, Resources.BATCH, ANY, Permissions.READ);
        // The organisation: users, units, roles and who belongs where (Camunda Admin).
        grantGroup(ADMIN, Resources.USER, ANY, Permissions.ALL);
        grantGroup(ADMIN, Resources.GROUP, ANY, Permissions.ALL);
        grantGroup(ADMIN, Resources.GROUP_MEMBERSHIP, ANY, Permissions.ALL);
        grantGroup(ADMIN, Resources.AUTHORIZATION, ANY, Permissions.READ);
    }

    /**
     * Tasks created before TASK_WORK became the candidates' permission carry UPDATE, which includes
     * writing variables and handing the task to anyone: they get READ and TASK_WORK instead.
     */
    private void narrowTaskGrantsToWork() {
        List<Authorization> wide = authorizationService.createAuthorizationQuery()
                .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list().stream()
                .filter(authorization -> authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                                         && !ANY.equals(authorization.getResourceId()))
                .toList();
        for (Authorization authorization : wide) {
            authorization.setPermissions(new Permission[]{TaskPermissions.READ, TaskPermissions.TASK_WORK});
            authorizationService.saveAuthorization(authorization);
        }
        if (!wide.isEmpty()) {
            log.info("Narrowed {} task authorizations from UPDATE to TASK_WORK", wide.size());
        }
    }

    private void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
        grant(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL),
                Authorization.AUTH_TYPE_GLOBAL, null, resource, resourceId, permissions);
    }

    private void revokeGlobal(Resource resource) {
        authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }

    private void revokeGlobalOnAny(Resource resource) {
        authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(ANY).list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }

    private void revokeGroup(String groupId, Resource resource, String resourceId) {
        authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }

    private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        grant(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId), Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId, permissions);
    }

    /** Adds the permissions to the one authorization Camunda allows per holder and resource. */
    private void grant(AuthorizationQuery holder, int type, String groupId, Resource resource, String resourceId,
                       Permission... permissions) {
        List<Authorization> existing = holder.resourceType(resource).resourceId(resourceId).list();
        Authorization authorization = existing.isEmpty() ? authorizationService.createNewAuthorization(type) : existing.get(0);
        if (!existing.isEmpty() && Stream.of(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        if (groupId == null) {
            authorization.setUserId(ANY);
        } else {
            authorization.setGroupId(groupId);
        }
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
