package com.wuxiao.processes.worklist;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.processes.monthlyreview.MonthlyReview;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.query.appraisal.api.AppraisalRoundStatus;
import com.wuxiao.query.appraisal.api.AppraisalRoundSummary;
import com.wuxiao.query.appraisal.api.AppraisalRounds;
import com.wuxiao.query.appraisal.api.FindAppraisalRoundsQuery;
import com.wuxiao.query.appraisal.api.FindRoundProgressQuery;
import com.wuxiao.query.appraisal.api.RoundAccess;
import com.wuxiao.query.appraisal.api.RoundProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.wuxiao.command.common.api.RuleViolation.term;

/**
 * Review progress for the union leader's dashboard: pending screenings per unit and overdue tasks
 * from Camunda's task service, scoring completion per panel member from the appraisal read model.
 * <p>
 * Here, in processes, because it reads Camunda's tasks (which the query module may not know) and
 * asks the query bus with query records (which processes may); the pages reach it over HTTP like
 * any other API.
 */
@RestController
@Tag(name = "评审进度 Review progress")
public class ReviewProgressController {

    private static final Set<String> UNION_OFFICE = Set.of("ROLE_" + Role.UNION_LEADER.name(), "ROLE_" + Role.ADMIN.name());
    private static final List<String> SCREENINGS = List.of(MonthlyReview.Activity.SCREEN_PROPOSAL,
            MonthlyReview.Activity.SCREEN_PROPOSAL_ESCALATED);

    private final TaskService taskService;
    private final OpenTasks openTasks;
    private final QueryGateway queries;
    private final Clock clock;

    public ReviewProgressController(TaskService taskService, OpenTasks openTasks, QueryGateway queries, Clock clock) {
        this.taskService = taskService;
        this.openTasks = openTasks;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/review-progress")
    @Operation(summary = "评审进度 / pending screenings per unit, overdue tasks, scoring completion per panel member")
    @ApiResponse(responseCode = "200", description = "the progress now")
    @ApiResponse(responseCode = "403", description = "not the union office or an administrator")
    public ReviewProgress progress(@Parameter(hidden = true) Authentication authentication) {
        requireUnionOffice(authentication);
        Instant now = clock.instant();
        List<Task> screenings = taskService.createTaskQuery().processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .taskDefinitionKeyIn(SCREENINGS.toArray(String[]::new)).active().list();
        return new ReviewProgress(now, perUnit(screenings), screenings.size(), overdue(now), rounds());
    }

    private List<ReviewProgress.UnitScreenings> perUnit(List<Task> screenings) {
        Map<String, Object> units = openTasks.variable(screenings, ProposalSheet.UNIT_ID);
        Map<String, List<Task>> byUnit = screenings.stream().collect(Collectors.groupingBy(
                task -> String.valueOf(units.get(task.getProcessInstanceId())), LinkedHashMap::new, Collectors.toList()));
        return byUnit.entrySet().stream()
                .map(unit -> new ReviewProgress.UnitScreenings(unit.getKey(), unit.getValue().size(),
                        (int) unit.getValue().stream().filter(ReviewProgressController::escalated).count(),
                        unit.getValue().stream().map(t -> t.getCreateTime().toInstant()).min(Comparator.naturalOrder())
                                .orElseThrow()))
                .sorted(Comparator.comparing(ReviewProgress.UnitScreenings::oldestSubmittedAt)
                        .thenComparing(ReviewProgress.UnitScreenings::unitId))
                .toList();
    }

    private List<ReviewProgress.OverdueTasks> overdue(Instant now) {
        Map<String, Task> late = new LinkedHashMap<>();
        taskService.createTaskQuery().dueBefore(java.util.Date.from(now)).active().list()
                .forEach(t -> late.put(t.getId(), t));
        taskService.createTaskQuery().processDefinitionKey(MonthlyReview.PROCESS_KEY)
                .taskDefinitionKey(MonthlyReview.Activity.SCREEN_PROPOSAL_ESCALATED).active().list()
                .forEach(t -> late.putIfAbsent(t.getId(), t));
        Map<List<String>, List<Task>> groups = late.values().stream().collect(Collectors.groupingBy(
                task -> List.of(openTasks.processKey(task), task.getTaskDefinitionKey()), LinkedHashMap::new,
                Collectors.toList()));
        List<ReviewProgress.OverdueTasks> rows = new ArrayList<>();
        groups.forEach((key, tasks) -> rows.add(new ReviewProgress.OverdueTasks(key.get(0), key.get(1),
                tasks.get(0).getName(),
                (int) tasks.stream().filter(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now)).count(),
                (int) tasks.stream().filter(ReviewProgressController::escalated).count(),
                tasks.stream().filter(t -> t.getDueDate() != null).map(t -> t.getDueDate().toInstant())
                        .min(Comparator.naturalOrder()).orElse(null))));
        rows.sort(Comparator.comparing(ReviewProgress.OverdueTasks::oldestDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReviewProgress.OverdueTasks::processKey)
                .thenComparing(ReviewProgress.OverdueTasks::taskDefinitionKey));
        return rows;
    }

    private List<ReviewProgress.RoundScoring> rounds() {
        AppraisalRounds rounds = queries.query(new FindAppraisalRoundsQuery(RoundAccess.FULL),
                ResponseTypes.instanceOf(AppraisalRounds.class)).join();
        List<ReviewProgress.RoundScoring> open = new ArrayList<>();
        for (AppraisalRoundSummary round : rounds.rounds()) {
            if (round.status() == AppraisalRoundStatus.FINALISED) {
                continue;
            }
            Optional<RoundProgress> progress = queries.query(new FindRoundProgressQuery(round.roundId()),
                    ResponseTypes.optionalInstanceOf(RoundProgress.class)).join();
            progress.ifPresent(p -> open.add(new ReviewProgress.RoundScoring(p.roundId(), p.status(), p.done(),
                    p.assigned(), p.scorers())));
        }
        return open;
    }

    private static boolean escalated(Task task) {
        return MonthlyReview.Activity.SCREEN_PROPOSAL_ESCALATED.equals(task.getTaskDefinitionKey());
    }

    private static void requireUnionOffice(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw Login.required();
        }
        boolean office = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(UNION_OFFICE::contains);
        if (!office) {
            throw RuleViolation.forbidden("not-union-leader", term("action.see-review-progress"));
        }
    }
}
