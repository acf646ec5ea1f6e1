package com.wuxiao.processes.worklist;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.conversion.ProductionConversion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Every role's open Camunda tasks in one list, for the home pages (e.g. a production owner's). */
@RestController
@Tag(name = "我的任务 My tasks")
public class MyTasksController {

    /** The names every process uses for the proposal and, in production conversion, the conversion. */
    private static final List<String> VARIABLES = List.of(ProductionConversion.Var.PROPOSAL_ID,
            ProductionConversion.Var.CONVERSION_ID);

    private final OpenTasks openTasks;
    private final Clock clock;

    public MyTasksController(OpenTasks openTasks, Clock clock) {
        this.openTasks = openTasks;
        this.clock = clock;
    }

    @GetMapping("/api/tasks/mine")
    @Operation(summary = "我的待办任务 / my open tasks",
            description = "Assigned to me or offered to me or my groups; soonest due first (tasks without a due "
                          + "date last), each with its link into Tasklist.")
    public List<MyTask> mine(@Parameter(hidden = true) Principal principal) {
        Login.userId(principal);
        List<Task> tasks = openTasks.of(principal.getName());
        Map<String, String> businessKeys = openTasks.businessKeys(tasks);
        Instant now = clock.instant();
        return tasks.stream()
                .map(task -> {
                    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
                    Map<String, Object> variables = openTasks.variablesOf(task, VARIABLES);
                    return new MyTask(task.getId(), task.getName(), openTasks.processKey(task),
                            task.getTaskDefinitionKey(), businessKeys.get(task.getProcessInstanceId()),
                            text(variables.get(ProductionConversion.Var.PROPOSAL_ID)),
                            text(variables.get(ProductionConversion.Var.CONVERSION_ID)), task.getAssignee(),
                            task.getCreateTime().toInstant(), due, due != null && due.isBefore(now),
                            OpenTasks.TASKLIST_LINK + task.getId());
                })
                .sorted(Comparator.comparing(MyTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MyTask::created).thenComparing(MyTask::taskId))
                .toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
