package com.wuxiao.infra.demo;

import com.wuxiao.command.proposal.api.ReviseProposalCommand;
import com.wuxiao.command.proposal.api.SubmitProposalCommand;
import com.wuxiao.command.proposal.api.WithdrawProposalCommand;
import com.wuxiao.infra.demo.DemoYearPlan.Batch;
import com.wuxiao.infra.demo.DemoYearPlan.Declaration;
import com.wuxiao.infra.demo.DemoYearPlan.Fate;
import com.wuxiao.processes.monthlyreview.MonthlyReview;
import org.axonframework.commandhandling.gateway.CommandGateway;

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
 * back within their window and screened again; the timers withdraw the unrevised and escalate the
 * unscreened, which the union office then screens with the next batch.
 */
final class DeclarationSteps {

    private static final String SCREEN = MonthlyReview.Activity.SCREEN_PROPOSAL;
    private static final String ESCALATED = MonthlyReview.Activity.SCREEN_PROPOSAL_ESCALATED;

    private final DemoYearPlan plan;
    /** The need a declaration answers, by proposal id. */
    private final Map<String, String> needs;
    private final DemoEngine engine;
    private final CommandGateway commands;
    private final Clock clock;
    private final DemoProgress progress;
    private final Map<String, Declaration> byId = new HashMap<>();

    DeclarationSteps(DemoYearPlan plan, Map<String, String> needs, DemoEngine engine, CommandGateway commands,
                     Clock clock, DemoProgress progress) {
        this.needs = needs;
        this.plan = plan;
        this.engine = engine;
        this.commands = commands;
        this.clock = clock;
        this.progress = progress;
        plan.declarations().forEach(d -> byId.put(d.proposalId(), d));
    }

    /**
     * Per month: the early batch is declared on days 1–5 and screened on the 6th; the late one on
     * days 15–19 and screened on the 20th. The early batch's returns are revised with the late
     * batch's declarations and screened again with it (within their 14 days); the late batch's are
     * revised on the 23rd and screened again on the 25th.
     */
    void addTo(DemoTimeline timeline) {
        int year = plan.year();
        for (int month = 1; month <= 12; month++) {
            int m = month;
            List<Declaration> early = plan.declarations(d -> d.month() == m && d.batch() == Batch.EARLY);
            List<Declaration> late = plan.declarations(d -> d.month() == m && d.batch() == Batch.LATE);
            List<Declaration> escalated = only(early, d -> d.fate() == Fate.ESCALATED_ACCEPTED);
            String name = String.format("%d-%02d", year, month);
            timeline.at(beijing(year, month, 5, 18, 0), name + " early batch declared", () -> declare(early, List.of()));
            timeline.at(beijing(year, month, 6, 10, 0), name + " early batch screened",
                    () -> screen(early, List.of(), List.of()));
            timeline.at(beijing(year, month, 19, 18, 0), name + " late batch declared, early returns revised",
                    () -> declare(late, early));
            timeline.at(beijing(year, month, 20, 10, 30), name + " late batch screened, early revisions too",
                    () -> screen(late, early, escalated));
            timeline.at(beijing(year, month, 23, 14, 0), name + " late returns revised", () -> declare(List.of(), late));
            timeline.at(beijing(year, month, 25, 10, 0), name + " late revisions screened", () -> {
                screen(List.of(), late, List.of());
                progress.month(m, plan.count(d -> d.month() <= m));
            });
        }
    }

    /** New declarations, and the authors' revisions (or withdrawals) of an earlier batch's returns. */
    private void declare(List<Declaration> declared, List<Declaration> returned) {
        List<Runnable> work = new ArrayList<>();
        declared.forEach(d -> work.add(() -> commands.sendAndWait(new SubmitProposalCommand(d.proposalId(),
                d.submitterId(), d.unitId(), d.content(), d.authors(), d.mentorId(), d.submittedAt(), List.of(),
                needs.get(d.proposalId())))));
        only(returned, d -> d.fate().revised()).forEach(d -> work.add(() -> commands.sendAndWait(
                new ReviseProposalCommand(d.proposalId(), d.submitterId(), 1, d.revisedContent(), d.authors(),
                        d.mentorId(), clock.instant()))));
        only(returned, d -> d.fate() == Fate.RETURN_WITHDRAWN).forEach(d -> work.add(() -> commands.sendAndWait(
                new WithdrawProposalCommand(d.proposalId(), d.submitterId(), clock.instant()))));
        engine.inParallel(work);
        // taken back before screening: after the declaration, so the review has started
        engine.inParallel(only(declared, d -> d.fate() == Fate.WITHDRAWN).stream().<Runnable>map(d -> () ->
                commands.sendAndWait(new WithdrawProposalCommand(d.proposalId(), d.submitterId(), clock.instant())))
                .toList());
        List<String> awaiting = new ArrayList<>(ids(only(declared, d -> d.fate() != Fate.WITHDRAWN)));
        awaiting.addAll(ids(only(returned, d -> d.fate().revised())));
        engine.awaitTasks(awaiting, awaiting.size(), SCREEN);
        // the bridge ends the withdrawn ones' reviews; their timers must not fire meanwhile
        List<String> withdrawn = new ArrayList<>(ids(only(declared, d -> d.fate() == Fate.WITHDRAWN)));
        withdrawn.addAll(ids(only(returned, d -> d.fate() == Fate.RETURN_WITHDRAWN)));
        engine.awaitEnded(MonthlyReview.PROCESS_KEY, withdrawn);
    }

    /**
     * A batch by its coordinators (not those left to escalate), an earlier batch's revisions, and
     * the escalated ones by the union office.
     */
    private void screen(List<Declaration> declared, List<Declaration> returned, List<Declaration> escalated) {
        List<String> first = ids(only(declared, d -> d.fate() != Fate.WITHDRAWN && d.fate() != Fate.ESCALATED_ACCEPTED));
        List<String> again = ids(only(returned, d -> d.fate().revised()));
        List<String> all = new ArrayList<>(first);
        all.addAll(again);
        List<Runnable> work = new ArrayList<>();
        engine.awaitTasks(all, all.size(), SCREEN).forEach((task, id) -> {
            Declaration d = byId.get(id);
            work.add(() -> engine.complete(d.screener(), task.getId(), again.contains(id) ? second(d) : first(d)));
        });
        List<String> late = ids(escalated);
        engine.awaitTasks(late, late.size(), ESCALATED).forEach((task, id) ->
                work.add(() -> engine.complete(DemoPeople.UNION_OFFICE, task.getId(), accept("逾期升级，工会办公室初审通过"))));
        engine.inParallel(work);
    }

    private static Map<String, Object> first(Declaration d) {
        return switch (d.fate()) {
            case ACCEPTED -> accept("同意，进入季度评审");
            case REJECTED -> reject(d);
            default -> Map.of(MonthlyReview.Var.OUTCOME, "RETURN", MonthlyReview.Var.COMMENT, "请补充成本测算和现场试验数据");
        };
    }

    private static Map<String, Object> second(Declaration d) {
        return d.fate() == Fate.REVISED_ACCEPTED ? accept("修改后同意") : reject(d);
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
