package com.wuxiao.processes.monthlyreview;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.engine.EngineUser;
import com.wuxiao.processes.proposal.ProposalSheet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly screening for API clients: the same Camunda tasks Tasklist shows, worked as the
 * logged-in user, so Camunda's authorization decides what they see and the aggregate what they may do.
 */
@RestController
@RequestMapping("/api/screenings")
@Tag(name = "月度初审 Monthly screening")
public class ScreeningController {

    private static final int MAX_PAGE_SIZE = 100;

    private final TaskService taskService;
    private final EngineUser engineUser;

    public ScreeningController(TaskService taskService, EngineUser engineUser) {
        this.taskService = taskService;
        this.engineUser = engineUser;
    }

    @GetMapping
    @Operation(summary = "待我初审的申报 / screenings waiting for me",
            description = "本单位联络员（升级后含工会办公室）可处理的初审任务，不含本人为作者、合作者或师傅的申报，"
                    + "最早的在前 / oldest first; never a proposal the caller authors, co-authors or mentors")
    public List<PendingScreening> pending(@RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size,
                                          @Parameter(hidden = true) Principal principal) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw RuleViolation.invalid("invalid-page", "size");
        }
        return engineUser.call(principal, () -> screeningTasks(principal).orderByTaskCreateTime().asc()
                .listPage(page * size, size).stream().flatMap(task -> pendingScreening(task).stream()).toList());
    }

    @GetMapping("/summary")
    @Operation(summary = "待我初审的数量 / how many screenings wait for me, and since when",
            description = "The same screenings as the list (GET /api/screenings lists them oldest first): their "
                          + "count, how many are escalated, and when the oldest was (re)submitted")
    public ScreeningSummary summary(@Parameter(hidden = true) Principal principal) {
        return engineUser.call(principal, () -> {
            TaskQuery tasks = screeningTasks(principal);
            long count = tasks.count();
            long escalated = taskService.createTaskQuery().processDefinitionKey(MonthlyReview.PROCESS_KEY)
                    .taskDefinitionKey(MonthlyReview.Activity.SCREEN_PROPOSAL_ESCALATED)
                    .taskCandidateUser(principal.getName()).includeAssignedTasks().active().count();
            Optional<Task> oldest = screeningTasks(principal).orderByTaskCreateTime().asc().listPage(0, 1)
                    .stream().findFirst();
            return new ScreeningSummary(count, escalated, oldest.map(t -> t.getCreateTime().toInstant()).orElse(null));
        });
    }

    @PostMapping("/{proposalId}")
    @Operation(summary = "初审一项申报 / screen a proposal",
            description = "ACCEPT 通过；RETURN 退回修改（须填意见）；REJECT 不通过（须选原因）")
    @ApiResponse(responseCode = "204", description = "screened")
    @ApiResponse(responseCode = "400", description = "comment or reason missing")
    @ApiResponse(responseCode = "404", description = "no screening of this proposal waits for the caller")
    @ApiResponse(responseCode = "409", description = "screened by someone else meanwhile, or several screenings of "
            + "the proposal's current revision wait (work them in Tasklist)")
    public ResponseEntity<Void> screen(@PathVariable String proposalId, @Valid @RequestBody ScreeningRequest body,
                                       @Parameter(hidden = true) Principal principal) {
        engineUser.call(principal, () -> {
            Task task = taskToScreen(principal, proposalId);
            Map<String, Object> decision = new HashMap<>();
            decision.put(MonthlyReview.Var.OUTCOME, body.outcome().name());
            decision.put(MonthlyReview.Var.COMMENT, body.comment());
            decision.put(MonthlyReview.Var.REJECTION_REASON,
                    body.rejectionReason() == null ? null : body.rejectionReason().name());
            taskService.complete(task.getId(), decision);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    /**
     * The one screening of the proposal to complete. A proposal has one review and a review one
     * screening task at a time; more can exist only beside it (a review started by hand in Cockpit, or
     * one left over from an older version of the process). The proposal takes a screening of its
     * current revision only, so of several tasks the one of the highest revision is the one that can
     * succeed; two of that revision cannot be told apart here, and guessing would decide for the
     * caller: a conflict, to be worked in Tasklist where each task has its own id.
     */
    private Task taskToScreen(Principal principal, String proposalId) {
        List<Task> tasks = screeningTasks(principal).processInstanceBusinessKey(proposalId).list();
        if (tasks.isEmpty()) {
            throw RuleViolation.notFound("screening-not-found");
        }
        if (tasks.size() == 1) {
            return tasks.get(0);
        }
        Map<Task, Integer> revisions = new HashMap<>();
        tasks.forEach(task -> revisions.put(task, revisionOf(task)));
        int latest = Collections.max(revisions.values());
        List<Task> current = tasks.stream().filter(task -> revisions.get(task) == latest).toList();
        if (current.size() > 1) {
            throw RuleViolation.conflict("screening-ambiguous", latest, current.size());
        }
        return current.get(0);
    }

    /** 0 for a task without a revision (none of this process's): any real one comes first. */
    private int revisionOf(Task task) {
        Integer revision = ReviewSteps.revisionIn(taskService.getVariable(task.getId(), MonthlyReview.Var.REVISION));
        return revision == null ? 0 : revision;
    }

    /**
     * The screenings the caller is a candidate for (claimed or not). Reading a task is not enough:
     * the administrator reads every task to operate the engine, but screens none.
     */
    private TaskQuery screeningTasks(Principal principal) {
        return taskService.createTaskQuery().processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .taskDefinitionKeyIn(MonthlyReview.Activity.SCREEN_PROPOSAL,
                        MonthlyReview.Activity.SCREEN_PROPOSAL_ESCALATED)
                .taskCandidateUser(principal.getName()).includeAssignedTasks()
                .active();
    }

    /** Empty when the task ended between the query and this read (e.g. its proposal was withdrawn). */
    private Optional<PendingScreening> pendingScreening(Task task) {
        Map<String, Object> variables;
        try {
            variables = taskService.getVariables(task.getId(), List.of(MonthlyReview.Var.PROPOSAL_ID,
                    ProposalSheet.TITLE, ProposalSheet.UNIT_ID, MonthlyReview.Var.REVISION));
        } catch (NullValueException taskEnded) {
            return Optional.empty();
        }
        return Optional.of(new PendingScreening(task.getId(), (String) variables.get(MonthlyReview.Var.PROPOSAL_ID),
                (String) variables.get(ProposalSheet.TITLE),
                (String) variables.get(ProposalSheet.UNIT_ID),
                ((Number) variables.get(MonthlyReview.Var.REVISION)).intValue(),
                MonthlyReview.Activity.SCREEN_PROPOSAL_ESCALATED.equals(task.getTaskDefinitionKey()),
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }
}
