package com.wuxiao.infra.demo;

import com.wuxiao.command.proposal.api.ReviseProposalCommand;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawProposalCommand;
import com.wuxiao.infra.demo.DemoYearPlan.Batch;
import com.wuxiao.infra.demo.DemoYearPlan.Declaration;
import com.wuxiao.infra.demo.DemoYearPlan.Fate;
import com.wuxiao.processes.monthlyreview.MonthlyReview;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.task.Task;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static com.wuxiao.infra.demo.DemoYearPlan.beijing;

/**
 * The monthly review of the demo year, batch by batch: the workers declare (each declaration
 * carries its own time), the coordinators screen the next day, returned ones are revised or taken
 * back three days later and screened again; the timers withdraw the unrevised and escalate the
 * unscreened, which the union office then screens with the next batch.
 */
final class DeclarationSteps {

    private static final String SCREEN = MonthlyReview.Activity.SCREEN_PROPOSAL;
    private static final String ESCALATED = MonthlyReview.Activity.SCREEN_PROPOSAL_ESCALATED;

    private final DemoYearPlan plan;
    private final DemoEngine engine;
    private final CommandGateway commands;
    private final Clock clock;
    private final DemoProgress progress;
    private final Map<String, Declaration> byId = new HashMap<>();

    DeclarationSteps(DemoYearPlan plan, DemoEngine engine, CommandGateway commands, Clock clock, DemoProgress progress) {
        this.plan = plan;
        this.engine = engine;
        this.commands = commands;
        this.clock = clock;
        this.progress = progress;
        plan.declarations().forEach(d -> byId.put(d.proposalId(), d));
    }

    void addTo(DemoTimeline timeline) {
        int year = plan.year();
        for (int month = 1; month <= 12; month++) {
            for (Batch batch : Batch.values()) {
                int m = month;
                int day = batch.firstDay;
                List<Declaration> declared = plan.declarations(d -> d.month() == m && d.batch() == batch);
                List<Declaration> escalated = batch == Batch.LATE
                        ? plan.declarations(d -> d.month() == m && d.batch() == Batch.EARLY
                                                 && d.fate() == Fate.ESCALATED_ACCEPTED)
                        : List.of();
                String name = String.format("%d-%02d %s", year, month, batch);
                timeline.at(beijing(year, month, day + 4, 18, 0), name + " declared", () -> declare(declared));
                timeline.at(beijing(year, month, day + 5, 10, batch == Batch.EARLY ? 0 : 30),
                        name + " screened", () -> screen(declared, escalated));
                timeline.at(beijing(year, month, day + 8, 14, 0), name + " revised", () -> revise(declared));
                timeline.at(beijing(year, month, day + 10, 10, 0), name + " screened again", () -> {
                    screenAgain(declared);
                    if (batch == Batch.LATE) {
                        progress.month(m, plan.count(d -> d.month() <= m));
                    }
                });
            }
        }
    }

    private void declare(List<Declaration> declared) {
        engine.inParallel(declared.stream().<Runnable>map(d -> () -> commands.sendAndWait(new SubmitProposalCommand(
                d.proposalId(), d.submitterId(), d.unitId(), d.content(), d.authors(), d.mentorId(),
                d.submittedAt()))).toList());
        List<Declaration> withdrawn = only(declared, d -> d.fate() == Fate.WITHDRAWN);
        engine.inParallel(withdrawn.stream().<Runnable>map(d -> () -> commands.sendAndWait(
                new WithdrawProposalCommand(d.proposalId(), d.submitterId(), clock.instant()))).toList());
        List<String> awaiting = ids(only(declared, d -> d.fate() != Fate.WITHDRAWN));
        engine.awaitTasks(awaiting, awaiting.size(), SCREEN);
    }

    /** The batch by its coordinators (not those left to escalate), and the early batch's escalated ones by the union office. */
    private void screen(List<Declaration> declared, List<Declaration> escalated) {
        List<String> now = ids(only(declared, d -> d.fate() != Fate.WITHDRAWN && d.fate() != Fate.ESCALATED_ACCEPTED));
        List<Runnable> work = new ArrayList<>();
        engine.awaitTasks(now, now.size(), SCREEN).forEach((task, id) -> work.add(() -> first(task, byId.get(id))));
        List<String> late = ids(escalated);
        engine.awaitTasks(late, late.size(), ESCALATED).forEach((task, id) ->
                work.add(() -> engine.complete(DemoPeople.UNION_OFFICE, task.getId(), accept("逾期升级，工会办公室初审通过"))));
        engine.inParallel(work);
    }

    private void first(Task task, Declaration d) {
        Map<String, Object> decision = switch (d.fate()) {
            case ACCEPTED -> accept("同意，进入季度评审");
            case REJECTED -> reject(d);
            default -> Map.of(MonthlyReview.Var.OUTCOME, "RETURN", MonthlyReview.Var.COMMENT, "请补充成本测算和现场试验数据");
        };
        engine.complete(d.screener(), task.getId(), decision);
    }

    private void revise(List<Declaration> declared) {
        List<Declaration> revised = only(declared, d -> d.fate().revised());
        List<Runnable> work = new ArrayList<>();
        revised.forEach(d -> work.add(() -> commands.sendAndWait(new ReviseProposalCommand(d.proposalId(),
                d.submitterId(), 1, d.revisedContent(), d.authors(), d.mentorId(), clock.instant()))));
        only(declared, d -> d.fate() == Fate.RETURN_WITHDRAWN).forEach(d -> work.add(() -> commands.sendAndWait(
                new WithdrawProposalCommand(d.proposalId(), d.submitterId(), clock.instant()))));
        engine.inParallel(work);
        List<String> awaiting = ids(revised);
        engine.awaitTasks(awaiting, awaiting.size(), SCREEN);
    }

    private void screenAgain(List<Declaration> declared) {
        List<String> revised = ids(only(declared, d -> d.fate().revised()));
        List<Runnable> work = new ArrayList<>();
        engine.awaitTasks(revised, revised.size(), SCREEN).forEach((task, id) -> {
            Declaration d = byId.get(id);
            Map<String, Object> decision = d.fate() == Fate.REVISED_ACCEPTED ? accept("修改后同意") : reject(d);
            work.add(() -> engine.complete(d.screener(), task.getId(), decision));
        });
        engine.inParallel(work);
    }

    private static Map<String, Object> accept(String comment) {
        return Map.of(MonthlyReview.Var.OUTCOME, "ACCEPT", MonthlyReview.Var.COMMENT, comment);
    }

    private static Map<String, Object> reject(Declaration d) {
        return Map.of(MonthlyReview.Var.OUTCOME, "REJECT", MonthlyReview.Var.REJECTION_REASON, d.rejectionReason().name(),
                MonthlyReview.Var.COMMENT, "初审不通过：" + d.rejectionReason().zh());
    }

    private static List<Declaration> only(List<Declaration> declarations, Predicate<Declaration> filter) {
        return declarations.stream().filter(filter).toList();
    }

    private static List<String> ids(List<Declaration> declarations) {
        return declarations.stream().map(Declaration::proposalId).toList();
    }
}
