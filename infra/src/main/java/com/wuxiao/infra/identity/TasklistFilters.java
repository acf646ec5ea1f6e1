package com.wuxiao.infra.identity;

import com.wuxiao.command.identity.api.Role;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal;
import com.wuxiao.processes.conversion.ProductionConversion;
import com.wuxiao.processes.monthlyreview.MonthlyReview;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ready-made Tasklist filters, one per role with tasks, each readable by its role's group only
 * (the filter READ authorizations); Camunda's own "all tasks" filter stays readable by everyone.
 * Created at start when missing (by name); an existing one is left as the administrator keeps it.
 */
@Component
class TasklistFilters {

    static final String UNIT_SCREENINGS = "本单位初审";
    static final String MY_SCORING = "我的评分任务";
    static final String MY_CONVERSIONS = "我的转化任务";
    static final String UNION_OFFICE = "工会办公室待办";
    private static final String CURRENT_USER = "${currentUser()}";

    /** A filter: who reads it, what it shows, how Tasklist presents it. */
    private record Spec(String name, Role role, String description, int priority, String color, TaskQuery query) {
    }

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final String allTasksFilter;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
                    @Value("${camunda.bpm.filter.create:}") String allTasksFilter) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.allTasksFilter = allTasksFilter;
    }

    @Transactional
    void ensure() {
        for (Spec spec : specs()) {
            Filter filter = filterService.createFilterQuery().filterName(spec.name()).singleResult();
            if (filter == null) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("description", spec.description());
                properties.put("priority", spec.priority());
                properties.put("color", spec.color());
                properties.put("refresh", true);
                filter = filterService.newTaskFilter(spec.name()).setOwner(null).setQuery(spec.query())
                        .setProperties(properties);
                filterService.saveFilter(filter);
            }
            grantRead(Authorization.AUTH_TYPE_GRANT, spec.role().name(), filter.getId());
        }
        if (!allTasksFilter.isBlank()) {
            Filter all = filterService.createFilterQuery().filterName(allTasksFilter).singleResult();
            if (all != null) {
                grantRead(Authorization.AUTH_TYPE_GLOBAL, null, all.getId());
            }
        }
    }

    private List<Spec> specs() {
        return List.of(
                // Screening tasks are offered to the unit's coordinators' group, or to coordinators by
                // name when one of them authors the proposal: "candidate user" covers both.
                new Spec(UNIT_SCREENINGS, Role.UNIT_COORDINATOR, "本单位待初审的申报（最早的在前） / my units' screenings, oldest first",
                        -10, "#b5152b", taskService.createTaskQuery()
                        .processDefinitionKey(MonthlyReview.PROCESS_KEY)
                        .taskDefinitionKeyIn(MonthlyReview.Activity.SCREEN_PROPOSAL, MonthlyReview.Activity.SCREEN_PROPOSAL_ESCALATED)
                        .taskCandidateUserExpression(CURRENT_USER).includeAssignedTasks()
                        .orderByTaskCreateTime().asc()),
                new Spec(MY_SCORING, Role.REVIEWER, "分配给我的评分任务 / the scoring tasks assigned to me", -10, "#1f6fb2",
                        taskService.createTaskQuery()
                                .processDefinitionKey(QuarterlyAppraisal.PROCESS_KEY)
                                .taskDefinitionKey(QuarterlyAppraisal.Activity.SCORE_PROPOSAL)
                                .taskAssigneeExpression(CURRENT_USER)
                                .orderByDueDate().asc()),
                new Spec(MY_CONVERSIONS, Role.PRODUCTION_OWNER, "我负责的成果转化任务 / the conversion tasks I own", -10, "#2e7d32",
                        taskService.createTaskQuery()
                                .processDefinitionKey(ProductionConversion.PROCESS_KEY)
                                .taskAssigneeExpression(CURRENT_USER)
                                .orderByDueDate().asc()),
                new Spec(UNION_OFFICE, Role.UNION_LEADER, "工会办公室的待办：评审组、复议、异议、排名、专利、升级的初审 / "
                                                          + "the union office's tasks: panels, re-reviews, objections, rankings, patents, escalated screenings",
                        -10, "#6a1b9a", taskService.createTaskQuery()
                        .taskCandidateGroup(Role.UNION_LEADER.name()).includeAssignedTasks()
                        .orderByDueDate().asc()));
    }

    /** READ on one filter for a group, or for everyone (a global authorization). */
    private void grantRead(int type, String groupId, String filterId) {
        var query = authorizationService.createAuthorizationQuery().authorizationType(type)
                .resourceType(Resources.FILTER).resourceId(filterId);
        List<Authorization> existing = (groupId == null ? query : query.groupIdIn(groupId)).list();
        if (existing.stream().anyMatch(a -> a.isPermissionGranted(Permissions.READ))) {
            return;
        }
        Authorization authorization = existing.isEmpty() ? authorizationService.createNewAuthorization(type) : existing.get(0);
        if (groupId == null) {
            authorization.setUserId(Authorization.ANY);
        } else {
            authorization.setGroupId(groupId);
        }
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filterId);
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
    }
}
