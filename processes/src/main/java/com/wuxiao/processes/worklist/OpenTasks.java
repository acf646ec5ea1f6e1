package com.wuxiao.processes.worklist;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads of Camunda's open tasks for the work lists and the review progress, without the caller's
 * Camunda authorization: the controllers decide who may see what.
 */
@Component
class OpenTasks {

    /** Tasklist's address of one task, relative to the app. */
    static final String TASKLIST_LINK = "/camunda/app/tasklist/default/#/?task=";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    /** Process definitions never change: their keys by id. */
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    OpenTasks(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    /** The user's open tasks: assigned to them, or offered to them or to one of their groups. */
    List<Task> of(String userId) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        taskService.createTaskQuery().taskAssignee(userId).active().list().forEach(t -> tasks.put(t.getId(), t));
        taskService.createTaskQuery().taskCandidateUser(userId).includeAssignedTasks().active().list()
                .forEach(t -> tasks.putIfAbsent(t.getId(), t));
        return List.copyOf(tasks.values());
    }

    String processKey(Task task) {
        return processKeys.computeIfAbsent(task.getProcessDefinitionId(),
                id -> repositoryService.getProcessDefinition(id).getKey());
    }

    /** One variable of each task's process instance (null where absent), read in one query. */
    Map<String, Object> variable(Collection<Task> tasks, String name) {
        String[] instances = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, Object> byInstance = new HashMap<>();
        if (instances.length == 0) {
            return byInstance;
        }
        for (VariableInstance variable : runtimeService.createVariableInstanceQuery().variableName(name)
                .processInstanceIdIn(instances).disableCustomObjectDeserialization().list()) {
            // a variable of the instance itself, not of a sub-scope
            if (variable.getExecutionId() != null && variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                byInstance.put(variable.getProcessInstanceId(), variable.getValue());
            } else {
                byInstance.putIfAbsent(variable.getProcessInstanceId(), variable.getValue());
            }
        }
        return byInstance;
    }

    /**
     * Variables as the task sees them (its own scope, then up to the instance): for a scoring task of
     * a round, the proposal of that task. Empty when the task ended meanwhile.
     */
    Map<String, Object> variablesOf(Task task, List<String> names) {
        try {
            return taskService.getVariables(task.getId(), names);
        } catch (NullValueException taskEnded) {
            return Map.of();
        }
    }

    /** The business key of each task's process instance. */
    Map<String, String> businessKeys(Collection<Task> tasks) {
        String[] instances = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, String> keys = new HashMap<>();
        if (instances.length == 0) {
            return keys;
        }
        runtimeService.createProcessInstanceQuery().processInstanceIds(java.util.Set.of(instances)).list()
                .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        return keys;
    }
}
