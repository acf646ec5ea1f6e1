package com.wuxiao.infra.demo;

import com.wuxiao.command.commendation.api.Commendations;
import com.wuxiao.command.commendation.api.DraftCommendationCommand;
import com.wuxiao.command.conversion.Conversion;
import com.wuxiao.command.conversion.api.HandOverResultCommand;
import com.wuxiao.command.conversion.api.PlannedMilestones;
import com.wuxiao.command.patent.PatentCase;
import com.wuxiao.command.patent.api.NominatePatentCommand;
import com.wuxiao.command.proposal.AppraisalOutcomePolicy;
import com.wuxiao.infra.demo.DemoYearPlan.Handover;
import com.wuxiao.infra.demo.DemoYearPlan.Patent;
import com.wuxiao.infra.demo.DemoYearPlan.PatentOutcome;
import com.wuxiao.processes.conversion.ProductionConversion;
import com.wuxiao.processes.patent.PatentPromotion;
import com.wuxiao.processes.patent.PatentPromotion.Choice;
import com.wuxiao.processes.patent.PatentPromotion.Var;
import com.wuxiao.query.commendation.api.CommendationStandings;
import com.wuxiao.query.commendation.api.FindCommendationStandingsQuery;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static com.wuxiao.infra.demo.DemoYearPlan.beijing;

/**
 * After the rounds: the union office nominates results for patents and hands results over to
 * production; the patent steps and the owners' milestones follow in the processes' tasks, the
 * 3-month benefit reports when their timers fall due. At the year's end the commendation is drafted.
 */
final class ResultSteps {

    private final DemoYearPlan plan;
    /** Conversions an accepted request starts ({@link ProgrammeSteps}): not handed over here. */
    private final Set<String> pulled;
    private final DemoEngine engine;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;
    private final DemoProgress progress;

    ResultSteps(DemoYearPlan plan, Set<String> pulled, DemoEngine engine, CommandGateway commands,
                QueryGateway queries, Clock clock, DemoProgress progress) {
        this.pulled = pulled;
        this.plan = plan;
        this.engine = engine;
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.progress = progress;
    }

    void addTo(DemoTimeline timeline) {
        byTime(plan.patents(), Patent::nominatedAt).forEach((at, patents) ->
                timeline.at(at, patents.size() + " patents nominated", () -> nominate(patents)));
        step(timeline, plan.patents(), Patent::preparedAt, "patent applications prepared", p -> {
            boolean abandon = p.outcome() == PatentOutcome.ABANDONED;
            return abandon ? Map.of(Var.PREPARE_DECISION, Choice.ABANDON, Var.ABANDON_REASON, "检索发现在先技术")
                    : Map.of(Var.PREPARE_DECISION, Choice.PREPARE, Var.AGENCY, "华诚专利代理", Var.PREPARATION_NOTE, "权利要求 6 项");
        }, PatentPromotion.Activity.PREPARE_APPLICATION);
        step(timeline, plan.patents(), Patent::filedAt, "patent applications filed", p -> Map.of(
                Var.FILE_DECISION, Choice.FILE, Var.APPLICATION_NUMBER, p.applicationNumber(),
                Var.FILED_ON, day(p.filedAt())), PatentPromotion.Activity.FILE_APPLICATION);
        step(timeline, plan.patents(), Patent::officeActionAt, "office actions", p -> Map.of(
                Var.OFFICE_DECISION, Choice.OFFICE_ACTION, Var.ISSUED_ON, day(p.officeActionAt()),
                Var.RESPONSE_DUE, DemoYearPlan.dayOf(p.officeActionAt()).plusDays(30).toString(),
                Var.SUMMARY, "权利要求 2 缺乏创造性"), PatentPromotion.Activity.AWAIT_OFFICE_DECISION);
        step(timeline, plan.patents(), Patent::answeredAt, "office actions answered", p -> Map.of(
                Var.ANSWER_DECISION, Choice.ANSWER, Var.ANSWERED_ON, day(p.answeredAt()),
                Var.ANSWER_NOTE, "合并权利要求 2 与 3"), PatentPromotion.Activity.ANSWER_OFFICE_ACTION);
        step(timeline, plan.patents(), Patent::decidedAt, "patent decisions", p -> p.granted()
                ? Map.of(Var.OFFICE_DECISION, Choice.GRANTED, Var.PATENT_NUMBER, p.patentNumber(),
                Var.GRANTED_ON, day(p.decidedAt()))
                : Map.of(Var.OFFICE_DECISION, Choice.REJECTED, Var.REJECTED_ON, day(p.decidedAt()),
                Var.REJECTION_REASON, "不具备新颖性"), PatentPromotion.Activity.AWAIT_OFFICE_DECISION);

        List<Handover> pushed = plan.handovers().stream().filter(h -> !pulled.contains(conversionId(h))).toList();
        byTime(pushed, Handover::handedOverAt).forEach((at, handovers) ->
                timeline.at(at, handovers.size() + " results handed over", () -> handOver(handovers)));
        conversionStep(timeline, Handover::trialStartedAt, "trials started",
                h -> Map.of(ProductionConversion.Var.TRIAL_STARTED_ON, day(h.trialStartedAt())),
                ProductionConversion.Activity.START_TRIAL);
        conversionStep(timeline, Handover::trialEndedAt, "trials ended", h -> Map.of(
                ProductionConversion.Var.TRIAL_ENDED_ON, day(h.trialEndedAt()),
                ProductionConversion.Var.TRIAL_SUMMARY, "试用期间运行正常"), ProductionConversion.Activity.END_TRIAL);
        conversionStep(timeline, Handover::decidedAt, "adoption decisions", h -> h.adopted()
                ? Map.of(ProductionConversion.Var.DECISION, ProductionConversion.Decision.ADOPT)
                : Map.of(ProductionConversion.Var.DECISION, ProductionConversion.Decision.DECLINE,
                ProductionConversion.Var.DECLINE_REASON, "工作面条件不适用"), ProductionConversion.Activity.DECIDE_ADOPTION);
        List<Handover> reported = plan.handovers().stream().filter(h -> h.benefit() != null).toList();
        byTime(reported, h -> h.benefit().reportedAt()).forEach((at, handovers) ->
                timeline.at(at, handovers.size() + " benefit reports", () -> complete(handovers,
                        h -> Map.of(ProductionConversion.Var.CNY_SAVED_PER_YEAR, h.benefit().cnySavedPerYear().doubleValue(),
                                ProductionConversion.Var.SAFETY_INCIDENTS_AVOIDED, h.benefit().safetyIncidentsAvoided(),
                                ProductionConversion.Var.HOURS_SAVED, h.benefit().hoursSaved().doubleValue()),
                        ProductionConversion.Activity.REPORT_BENEFIT_3)));

        timeline.at(beijing(plan.year(), 12, 30, 10, 0), "commendation drafted", this::draftCommendation);
    }

    /** Nomination needs the result awarded on the proposal, which a policy records after finalisation. */
    private void nominate(List<Patent> patents) {
        engine.awaitCaughtUp(AppraisalOutcomePolicy.PROCESSING_GROUP);
        engine.inParallel(patents.stream().<Runnable>map(p -> () -> commands.sendAndWait(new NominatePatentCommand(
                PatentCase.idOf(p.proposalId()), p.proposalId(), p.type(), DemoPeople.UNION_OFFICE,
                clock.instant()))).toList());
        List<String> ids = patents.stream().map(p -> PatentCase.idOf(p.proposalId())).toList();
        engine.awaitTasks(ids, ids.size(), PatentPromotion.Activity.PREPARE_APPLICATION);
    }

    private void step(DemoTimeline timeline, List<Patent> patents, Function<Patent, Instant> when, String label,
                      Function<Patent, Map<String, Object>> variables, String activity) {
        byTime(patents, when).forEach((at, due) -> timeline.at(at, due.size() + " " + label, () -> {
            Map<String, Patent> byId = new LinkedHashMap<>();
            due.forEach(p -> byId.put(PatentCase.idOf(p.proposalId()), p));
            List<Runnable> work = new ArrayList<>();
            engine.awaitTasks(byId.keySet(), byId.size(), activity).forEach((task, id) -> work.add(() ->
                    engine.complete(DemoPeople.UNION_OFFICE, task.getId(), variables.apply(byId.get(id)))));
            engine.inParallel(work);
        }));
    }

    private void handOver(List<Handover> handovers) {
        engine.awaitCaughtUp(AppraisalOutcomePolicy.PROCESSING_GROUP);
        engine.inParallel(handovers.stream().<Runnable>map(h -> () -> commands.sendAndWait(new HandOverResultCommand(
                conversionId(h), h.proposalId(), h.receivingUnitId(), h.ownerId(),
                new PlannedMilestones(h.plannedTrialStart(), h.plannedTrialEnd(), h.plannedDecision()),
                DemoPeople.UNION_OFFICE, clock.instant()))).toList());
        List<String> ids = handovers.stream().map(ResultSteps::conversionId).toList();
        engine.awaitTasks(ids, ids.size(), ProductionConversion.Activity.START_TRIAL);
    }

    private void conversionStep(DemoTimeline timeline, Function<Handover, Instant> when, String label,
                                Function<Handover, Map<String, Object>> variables, String activity) {
        byTime(plan.handovers(), when).forEach((at, due) ->
                timeline.at(at, due.size() + " " + label, () -> complete(due, variables, activity)));
    }

    /** The owners work their tasks (each is the assignee of their conversion's tasks). */
    private void complete(List<Handover> handovers, Function<Handover, Map<String, Object>> variables, String activity) {
        Map<String, Handover> byId = new LinkedHashMap<>();
        handovers.forEach(h -> byId.put(conversionId(h), h));
        List<Runnable> work = new ArrayList<>();
        engine.awaitTasks(byId.keySet(), byId.size(), activity).forEach((task, id) -> work.add(() ->
                engine.complete(byId.get(id).ownerId(), task.getId(), variables.apply(byId.get(id)))));
        engine.inParallel(work);
    }

    /** The standings come from the read models: they must hold the whole year first. */
    private void draftCommendation() {
        engine.awaitCaughtUp(engine.allProcessingGroups());
        CommendationStandings standings = queries.query(new FindCommendationStandingsQuery(plan.year()),
                CommendationStandings.class).join();
        commands.sendAndWait(new DraftCommendationCommand(Commendations.idOf(plan.year()), plan.year(),
                standings.workers(), standings.units(), DemoPeople.UNION_OFFICE, clock.instant()));
        progress.info("{} patents granted, {} results handed over, commendation drafted",
                plan.patents().stream().filter(Patent::granted).count(), plan.handovers().size());
    }

    static String conversionId(Handover h) {
        return Conversion.idOf(h.proposalId(), h.receivingUnitId());
    }

    private static String day(Instant instant) {
        return DemoYearPlan.dayOf(instant).toString();
    }

    private static <T> Map<Instant, List<T>> byTime(List<T> items, Function<T, Instant> when) {
        Map<Instant, List<T>> byTime = new LinkedHashMap<>();
        items.stream().filter(item -> when.apply(item) != null)
                .forEach(item -> byTime.computeIfAbsent(when.apply(item), at -> new ArrayList<>()).add(item));
        return byTime;
    }

}
