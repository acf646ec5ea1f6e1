package com.wuxiao.infra.demo;

import com.wuxiao.command.appraisal.api.RaiseObjectionCommand;
import com.wuxiao.infra.demo.DemoYearPlan.Declaration;
import com.wuxiao.infra.demo.DemoYearPlan.Objection;
import com.wuxiao.infra.demo.DemoYearPlan.Round;
import com.wuxiao.infra.demo.DemoYearPlan.Scores;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Activity;
import com.wuxiao.processes.appraisal.QuarterlyAppraisal.Var;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quarterly appraisal rounds as the union office and the panel do them: open and name the
 * panel, each reviewer scores their tasks, the union office agrees a consensus where the scores
 * spread too far, approves the ranking; objections come in during publicity and are decided; the
 * publicity timer finalises the round.
 */
final class RoundSteps {

    private static final String PROPOSAL_PROJECTION = "proposal-projection";

    private final DemoYearPlan plan;
    private final DemoEngine engine;
    private final CommandGateway commands;
    private final Clock clock;
    private final DemoProgress progress;
    private final Map<String, Declaration> byId;

    RoundSteps(DemoYearPlan plan, DemoEngine engine, CommandGateway commands, Clock clock, DemoProgress progress) {
        this.plan = plan;
        this.engine = engine;
        this.commands = commands;
        this.clock = clock;
        this.progress = progress;
        this.byId = plan.declarations().stream().collect(Collectors.toMap(Declaration::proposalId, d -> d));
    }

    void addTo(DemoTimeline timeline) {
        for (Round round : plan.rounds()) {
            String roundId = round.roundId(plan.year());
            timeline.at(round.openedAt(), roundId + " opened", () -> open(round, roundId));
            timeline.at(round.scoredAt(), roundId + " scored", () -> score(roundId));
            timeline.at(round.approvedAt(), roundId + " approved", () -> approve(roundId));
            if (!round.objections().isEmpty()) {
                timeline.at(round.objectedAt(), roundId + " objections", () -> object(round, roundId));
                timeline.at(round.decidedAt(), roundId + " objections decided", () -> decide(round, roundId));
            }
            if (round.reapprovedAt() != null) {
                timeline.at(round.reapprovedAt(), roundId + " approved again", () -> approve(roundId));
            }
            timeline.at(round.finalisedAt(), roundId + " finalised", () -> finalised(round, roundId));
        }
    }

    /**
     * The pool comes from the command side (ADR 0007); the scoring tasks' proposal sheets are read
     * from the proposal projection, so it holds the quarter's proposals first.
     */
    private void open(Round round, String roundId) {
        engine.awaitCaughtUp(PROPOSAL_PROJECTION);
        ProcessInstance instance = engine.as(DemoPeople.UNION_OFFICE, () -> engine.runtime()
                .createProcessInstanceByKey(QuarterlyAppraisal.PROCESS_KEY).businessKey(roundId)
                .setVariable(Var.YEAR, plan.year()).setVariable(Var.QUARTER, round.quarter()).execute());
        int pool = ((Number) engine.runtime().getVariable(instance.getId(), Var.POOL_SIZE)).intValue();
        int planned = plan.pool(round.quarter()).size();
        if (pool != planned) {
            throw new IllegalStateException(roundId + " opened over " + pool + " proposals, the plan has " + planned);
        }
        Task panel = single(instance.getId(), Activity.NAME_PANEL);
        engine.complete(DemoPeople.UNION_OFFICE, panel.getId(), Map.of(Var.PANEL_MEMBER_IDS,
                DemoPeople.PANEL.stream().map(DemoPeople.Reviewer::id).collect(Collectors.joining(",")),
                Var.SCORERS_PER_PROPOSAL, 3));
        engine.runJobsInParallel(instance.getId());
    }

    /**
     * One score after the other: every score is a command on the one round aggregate. The
     * continuations run alongside, as the job executor would; then the consensus re-reviews and the
     * ranking.
     */
    private void score(String roundId) {
        String instance = instanceOf(roundId);
        List<Task> scoring = engine.tasksOf(instance, Activity.SCORE_PROPOSAL);
        Map<String, String> proposalOf = proposalsOfExecutions(instance);
        try (AutoCloseable continuations = engine.jobsAlongside(instance)) {
            for (Task task : scoring) {
                Declaration d = byId.get(proposalOf.get(task.getExecutionId()));
                engine.complete(task.getAssignee(), task.getId(), d.criteria(task.getAssignee()).variables("同意"));
            }
        } catch (Exception e) {
            throw new IllegalStateException(roundId + " could not be scored", e);
        }
        engine.runDueJobs();
        for (Task task : engine.tasksOf(instance, Activity.CONSENSUS_RE_REVIEW)) {
            Declaration d = byId.get((String) engine.tasks().getVariable(task.getId(), Var.PROPOSAL_ID));
            engine.complete(DemoPeople.UNION_OFFICE, task.getId(),
                    Scores.all(d.quality()).variables("评审组复议后一致意见"));
        }
        engine.runDueJobs();
    }

    /**
     * Which proposal each execution below a proposal's scope works on, from one variable query and
     * the activity instance tree (one lookup per task would cost a round trip each).
     */
    private Map<String, String> proposalsOfExecutions(String instance) {
        Map<String, String> proposalOfScope = new HashMap<>();
        engine.runtime().createVariableInstanceQuery().processInstanceIdIn(instance).variableName(Var.PROPOSAL_ID)
                .list().stream().filter(v -> v.getValue() != null).forEach(v -> {
                    proposalOfScope.put(v.getExecutionId(), v.getValue().toString());
                    proposalOfScope.put(v.getActivityInstanceId(), v.getValue().toString());
                });
        Map<String, String> proposalOf = new HashMap<>();
        collect(engine.runtime().getActivityInstance(instance), null, proposalOfScope, proposalOf);
        return proposalOf;
    }

    private static void collect(ActivityInstance node, String inherited, Map<String, String> proposalOfScope,
                                Map<String, String> proposalOf) {
        String proposal = inherited;
        if (Activity.APPRAISE_PROPOSAL.equals(node.getActivityId())) {
            proposal = proposalOfScope.get(node.getId());
            for (String execution : node.getExecutionIds()) {
                proposal = proposal != null ? proposal : proposalOfScope.get(execution);
            }
        }
        if (proposal != null) {
            for (String execution : node.getExecutionIds()) {
                proposalOf.put(execution, proposal);
            }
        }
        for (ActivityInstance child : node.getChildActivityInstances()) {
            collect(child, proposal, proposalOfScope, proposalOf);
        }
    }

    private void approve(String roundId) {
        engine.complete(DemoPeople.UNION_OFFICE, single(instanceOf(roundId), Activity.APPROVE_RANKING).getId(),
                Map.of(Var.RANKING_CHECKED, true));
    }

    /** Workers object through the API's command; the bridge brings each objection to the process. */
    private void object(Round round, String roundId) {
        for (Objection objection : round.objections()) {
            commands.sendAndWait(new RaiseObjectionCommand(roundId, objection.objectionId(), objection.proposalId(),
                    objection.objectorId(), objection.reason(), clock.instant()));
        }
        engine.awaitTasks(List.of(roundId), round.objections().size(), Activity.DECIDE_OBJECTION);
    }

    private void decide(Round round, String roundId) {
        String instance = instanceOf(roundId);
        Map<String, Objection> byProposal = round.objections().stream()
                .collect(Collectors.toMap(Objection::proposalId, o -> o));
        for (Task task : engine.tasksOf(instance, Activity.DECIDE_OBJECTION)) {
            Objection objection = byProposal.get((String) engine.tasks().getVariable(task.getId(), Var.PROPOSAL_ID));
            engine.complete(DemoPeople.UNION_OFFICE, task.getId(), Map.of(
                    Var.OBJECTION_OUTCOME, objection.upheld() ? QuarterlyAppraisal.ObjectionOutcome.UPHELD
                            : QuarterlyAppraisal.ObjectionOutcome.DENIED,
                    Var.DECISION_NOTE, objection.upheld() ? "经核实异议属实，重新评分" : "经核实不存在雷同"));
        }
        for (Task task : engine.tasksOf(instance, Activity.OBJECTION_RE_REVIEW)) {
            Objection objection = byProposal.get((String) engine.tasks().getVariable(task.getId(), Var.PROPOSAL_ID));
            engine.complete(DemoPeople.UNION_OFFICE, task.getId(), objection.reReview().variables("按核实后的效益重新评分"));
        }
        engine.runDueJobs();
    }

    /** The publicity timer fired at this step's time (the loader runs due jobs first): the round is over. */
    private void finalised(Round round, String roundId) {
        if (engine.runtime().createProcessInstanceQuery().processInstanceBusinessKey(roundId)
                    .processDefinitionKey(QuarterlyAppraisal.PROCESS_KEY).count() > 0) {
            throw new IllegalStateException(roundId + " is still running after its publicity period");
        }
        int pool = plan.pool(round.quarter()).size();
        progress.round(roundId, pool, pool * 3);
    }

    private String instanceOf(String roundId) {
        return engine.runtime().createProcessInstanceQuery().processDefinitionKey(QuarterlyAppraisal.PROCESS_KEY)
                .processInstanceBusinessKey(roundId).singleResult().getId();
    }

    private Task single(String instance, String activity) {
        List<Task> found = engine.tasksOf(instance, activity);
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + activity + " task, found " + found.size());
        }
        return found.get(0);
    }

}
