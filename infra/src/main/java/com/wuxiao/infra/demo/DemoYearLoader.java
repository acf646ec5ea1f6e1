package com.wuxiao.infra.demo;

import com.wuxiao.command.attachment.AttachmentStore;
import com.wuxiao.command.attachment.UploadCheck;
import com.wuxiao.command.competition.api.ConfigureCompetitionYearCommand;
import com.wuxiao.command.competition.api.SetUnitHeadcountsCommand;
import com.wuxiao.command.competition.api.YearConfig;
import com.wuxiao.command.identity.api.Role;
import com.wuxiao.infra.identity.Organisation;
import com.wuxiao.infra.identity.Organisation.NewUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import static com.wuxiao.infra.demo.DemoYearPlan.beijing;

/**
 * Loads the demo year (the previous calendar year, so that its rounds are all over) through the
 * real commands and processes, after the demo company ({@link DemoData}) and before the app reports
 * itself ready (ADR 0005). Skipped when the year has events already. Holds the only reference that
 * moves the {@link DemoClock}; the clock is back on the real time when it is done.
 */
@Order(20)
public class DemoYearLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoYearLoader.class);

    /** How a load went: skipped (the year was there) or loaded; its time is in the log and the benchmark's. */
    public record Outcome(int year, boolean skipped) {
    }

    private final DemoClock clock;
    private final Supplier<DemoEngine> engines;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final Organisation organisation;
    private final AttachmentStore attachments;
    private final UploadCheck uploads;
    private final String password;
    private final long seed;
    private volatile Outcome lastOutcome;

    DemoYearLoader(DemoClock clock, Supplier<DemoEngine> engines, CommandGateway commands, QueryGateway queries,
                   EventStore eventStore, Organisation organisation, AttachmentStore attachments, UploadCheck uploads,
                   String password, long seed) {
        this.attachments = attachments;
        this.uploads = uploads;
        this.clock = clock;
        this.engines = engines;
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
        this.organisation = organisation;
        this.password = password;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** The year this run loads: the calendar year before the real one, in Beijing. */
    public int year() {
        return LocalDate.now(java.time.Clock.system(com.wuxiao.command.competition.CompetitionCalendar.ZONE))
                .getYear() - 1;
    }

    /** The plan this loader carries out, e.g. for the tests' expected figures. */
    public DemoYearPlan plan() {
        return DemoYearPlanner.plan(year(), seed);
    }

    /** The programme around the rounds this loader carries out. */
    DemoProgramme programme() {
        return DemoProgramme.plan(plan());
    }

    /** The last load's outcome, null before the first. */
    public Outcome lastOutcome() {
        return lastOutcome;
    }

    /** Loads the year unless its events exist already. */
    public synchronized Outcome load() {
        int year = year();
        if (eventStore.lastSequenceNumberFor(String.valueOf(year)).isPresent()) {
            log.info("Demo year {} is in the event store already; not loaded again", year);
            lastOutcome = new Outcome(year, true);
            return lastOutcome;
        }
        DemoYearPlan plan = DemoYearPlanner.plan(year, seed);
        DemoProgress progress = new DemoProgress(year);
        progress.info("loading {} declarations, {} rounds, {} patents, {} handovers and the programme (seed {})",
                plan.declarations().size(), plan.rounds().size(), plan.patents().size(), plan.handovers().size(), seed);
        try (DemoEngine engine = engines.get()) {
            // What the demo company started (its two proposals waiting for screening) is finished in
            // real time first: a bridge running after the clock went back would date their tasks 2025.
            engine.awaitCaughtUp(engine.allProcessingGroups());
            engine.pauseJobExecutor();
            try {
                clock.travelTo(beijing(year, 1, 2, 9, 0));
                people();
                configure(year);
                DemoTimeline timeline = new DemoTimeline();
                DemoProgramme programme = DemoProgramme.plan(plan);
                new DeclarationSteps(plan, programme.answers(), engine, commands, clock, progress).addTo(timeline);
                new RoundSteps(plan, engine, commands, clock, progress).addTo(timeline);
                new ResultSteps(plan, programme.pulledConversions(), engine, commands, queries, clock, progress)
                        .addTo(timeline);
                new ProgrammeSteps(plan, programme, engine, commands, attachments, uploads, clock, progress)
                        .addTo(timeline);
                for (DemoTimeline.Step step : timeline.steps()) {
                    clock.travelTo(step.at());
                    long started = System.nanoTime();
                    int jobs = engine.runDueJobs();
                    try {
                        step.action().run();
                        log.debug("Demo year {}: {} at {} ({} due jobs) took {} ms", year, step.label(), step.at(), jobs,
                                (System.nanoTime() - started) / 1_000_000);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("Demo year " + year + ": step '" + step.label() + "' at "
                                + step.at() + " failed", e);
                    }
                }
            } finally {
                clock.backToRealTime();
                engine.resumeJobExecutor();
            }
            engine.awaitCaughtUp(engine.allProcessingGroups());
        }
        lastOutcome = new Outcome(year, false);
        progress.info("loaded; the clock is back on the real time; log in as leader to see the year");
        return lastOutcome;
    }

    private void people() {
        for (DemoPeople.Worker worker : DemoPeople.workers()) {
            if (!worker.seeded()) {
                organisation.ensureUser(new NewUser(worker.id(), worker.familyName(), worker.givenName(),
                        worker.unitId(), password, Set.of(Role.WORKER), null, worker.id() + "@demo.wuxiao.invalid",
                        true));
            }
        }
    }

    private void configure(int year) {
        commands.sendAndWait(new ConfigureCompetitionYearCommand(String.valueOf(year),
                YearConfig.defaults(year, DemoData.CATEGORIES), DemoPeople.UNION_OFFICE, clock.instant()));
        commands.sendAndWait(new SetUnitHeadcountsCommand(String.valueOf(year), DemoData.HEADCOUNTS,
                DemoPeople.UNION_OFFICE, clock.instant()));
    }
}
