package com.wuxiao.processes.worklist;

import com.wuxiao.command.common.api.Login;
import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal;
import com.wuxiao.processes.proposal.ProposalSheet;
import com.wuxiao.query.appraisal.api.FindRoundProgressQuery;
import com.wuxiao.query.appraisal.api.RoundProgress;
import com.wuxiao.query.appraisal.api.ScorerProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A reviewer's home: their scoring tasks (the Tasklist's) with their progress per round. */
@RestController
@Tag(name = "季度评审 Quarterly appraisal")
public class ScoringTasksController {

    private static final List<String> VARIABLES = List.of(QuarterlyAppraisal.Var.PROPOSAL_ID, ProposalSheet.TITLE);

    private final TaskService taskService;
    private final OpenTasks openTasks;
    private final QueryGateway queries;

    public ScoringTasksController(TaskService taskService, OpenTasks openTasks, QueryGateway queries) {
        this.taskService = taskService;
        this.openTasks = openTasks;
        this.queries = queries;
    }

    @GetMapping("/api/scoring-tasks/mine")
    @Operation(summary = "我的评分任务与进度 / my open scoring tasks and my progress per round",
            description = "Oldest first; progress \"2/4\" = my scores recorded / proposals assigned to me in that round.")
    public MyScoring mine(@Parameter(hidden = true) Principal principal) {
        Login.userId(principal);
        String me = principal.getName();
        List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(QuarterlyAppraisal.PROCESS_KEY)
                .taskDefinitionKey(QuarterlyAppraisal.Activity.SCORE_PROPOSAL).taskAssignee(me).active()
                .orderByTaskCreateTime().asc().list();
        Map<String, String> rounds = openTasks.businessKeys(tasks);
        List<ScoringTask> open = tasks.stream().map(task -> {
            Map<String, Object> variables = openTasks.variablesOf(task, VARIABLES);
            return new ScoringTask(task.getId(), rounds.get(task.getProcessInstanceId()),
                    (String) variables.get(QuarterlyAppraisal.Var.PROPOSAL_ID),
                    (String) variables.get(ProposalSheet.TITLE), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    OpenTasks.TASKLIST_LINK + task.getId());
        }).toList();
        List<MyScoring.RoundScoring> progress = open.stream().map(ScoringTask::roundId).distinct()
                .map(roundId -> new MyScoring.RoundScoring(roundId, mine(roundId, me))).toList();
        return new MyScoring(open, progress);
    }

    private ScorerProgress mine(String roundId, String me) {
        Optional<RoundProgress> round = queries.query(new FindRoundProgressQuery(roundId),
                ResponseTypes.optionalInstanceOf(RoundProgress.class)).join();
        return round.flatMap(r -> r.scorers().stream().filter(s -> s.scorerId().equals(me)).findFirst()).orElse(null);
    }
}
