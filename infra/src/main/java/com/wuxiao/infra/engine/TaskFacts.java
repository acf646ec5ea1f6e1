package com.wuxiao.infra.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the guard needs to know of a task, read without the caller's authorization: who its
 * candidates are and which fields its Camunda Form has.
 */
class TaskFacts {

    /** A form field: its key, and whether the form only shows it. */
    record Field(String key, boolean readOnly) {
    }

    private final TaskService taskService;
    private final FormService formService;
    private final IdentityService identityService;
    private final ObjectMapper json = new ObjectMapper();
    /** Deployed forms never change: keyed by process definition and task definition. */
    private final Map<String, Map<String, Field>> formFields = new ConcurrentHashMap<>();

    TaskFacts(TaskService taskService, FormService formService, IdentityService identityService) {
        this.taskService = taskService;
        this.formService = formService;
        this.identityService = identityService;
    }

    Optional<Task> task(String taskId) {
        return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult());
    }

    /** The assignee, the candidate users, and every member of a candidate group. */
    boolean isCandidateOrAssignee(Task task, String userId) {
        if (userId == null) {
            return false;
        }
        if (userId.equals(task.getAssignee())) {
            return true;
        }
        List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> userId.equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }

    boolean isAdministrator(String userId) {
        return userId != null && identityService.createUserQuery().userId(userId)
                .memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
    }

    /** The fields of the task's Camunda Form by key; none when the task has no form. */
    Map<String, Field> formFields(Task task) {
        return formFields.computeIfAbsent(task.getProcessDefinitionId() + ":" + task.getTaskDefinitionKey(),
                ignored -> readFields(task.getId()));
    }

    private Map<String, Field> readFields(String taskId) {
        InputStream form;
        try {
            form = formService.getDeployedTaskForm(taskId);
        } catch (RuntimeException noCamundaForm) {
            return Map.of();
        }
        try (form) {
            Map<String, Field> fields = new HashMap<>();
            collect(json.readTree(form), fields);
            return Map.copyOf(fields);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form of task " + taskId, e);
        }
    }

    /** True, or an expression (form-js allows "=..."): either way not the user's to fill. */
    private static boolean isSet(JsonNode flag) {
        return flag.isBoolean() ? flag.booleanValue() : flag.isTextual() && !flag.asText().isBlank();
    }

    private static void collect(JsonNode node, Map<String, Field> fields) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                boolean readOnly = isSet(component.path("readonly")) || isSet(component.path("disabled"));
                fields.put(component.get("key").asText(), new Field(component.get("key").asText(), readOnly));
            }
            collect(component, fields);
        }
    }
}
