package com.wuxiao.infra.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.proposal.api.ProposalStatus;
import com.wuxiao.query.commendation.api.CommendationStandings;
import com.wuxiao.query.commendation.api.FindCommendationStandingsQuery;
import com.wuxiao.query.funnel.api.FindFunnelQuery;
import com.wuxiao.query.funnel.api.Funnel;
import com.wuxiao.query.leaderboard.api.FindLeaderboardQuery;
import com.wuxiao.query.leaderboard.api.LeaderboardKind;
import com.wuxiao.query.leaderboard.api.LeaderboardPage;
import com.wuxiao.query.patent.api.FindPatentPipelineQuery;
import com.wuxiao.query.patent.api.PatentPipeline;
import com.wuxiao.query.period.api.Period;
import com.wuxiao.query.proposal.api.FindProposalQuery;
import com.wuxiao.query.proposal.api.ProposalDetail;
import com.wuxiao.query.proposal.api.ProposalHistoryEntry;
import com.wuxiao.query.projection.EventColumns;
import com.wuxiao.query.proposal.api.ProposalScope;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 时间回溯 on the demo year: at several instants — before and after a round's finalisation, after the
 * first patent grant, after the first adoption — every "as of" answer of the live read models equals
 * what the same projections say when fed only the events recorded up to that instant (in the store's
 * order), on a fresh schema: a truncated replay of the event store, one per instant. The demo
 * company's own events are stamped with the real time, after the demo year: each replay skips them.
 */
class AsOfReplayTest extends DemoYearSupport {

    private static final Duration QUIET = Duration.ofSeconds(1);

    @Autowired
    DataSource dataSource;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    QueryGateway queries;

    @Autowired
    ObjectMapper json;

    @Test
    void asOfAnswersEqualATruncatedReplayOfTheEventStore() throws Exception {
        Map<String, List<Instant>> byType = new HashMap<>();
        List<Instant> times = eventTimes(byType);
        Instant finalised = byType.get("RoundFinalisedEvent").get(1);
        Instant beforeFinalisation = quietBefore(times, finalised);
        Instant afterFinalisation = quietAfter(times, finalised);
        List<Instant> instants = new ArrayList<>(new TreeSet<>(List.of(beforeFinalisation, afterFinalisation,
                quietAfter(times, byType.get("PatentGrantedEvent").get(0)),
                quietAfter(times, byType.get("ResultAdoptedEvent").get(0)))));
        assertThat(instants).as("four distinct instants").hasSize(4);
        List<String> proposals = everyTenthProposal();

        Map<Instant, Funnel> funnels = new HashMap<>();
        for (Instant at : instants) {
            try (ReplayedReadModels replay = new ReplayedReadModels(dataSource, "as_of_replay", json, clock,
                    List.of("leaderboard", "funnel", "patent", "commendation", "proposal"));
                 Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
                assertThat(replay.projections()).as("leaderboard, funnel, patent, commendation, proposal")
                        .isGreaterThanOrEqualTo(5);
                long applied = 0;
                for (Iterator<? extends TrackedEventMessage<?>> it = events.iterator(); it.hasNext(); ) {
                    TrackedEventMessage<?> event = it.next();
                    if (!EventColumns.recordedAt(event).isAfter(at)) {
                        replay.apply(event);
                        applied++;
                    }
                }
                assertThat(applied).as("events recorded by %s", at).isPositive();
                funnels.put(at, compareAt(at, replay.queries(), proposals));
            }
        }
        assertThat(funnels.get(afterFinalisation).total().awarded()).as("the round's awards count once it is finalised")
                .isGreaterThan(funnels.get(beforeFinalisation).total().awarded());
    }

    @Test
    void theApiTakesTheInstantAndRefusesNonsense() {
        Map<String, List<Instant>> byType = new HashMap<>();
        eventTimes(byType);
        Instant at = byType.get("RoundFinalisedEvent").get(0).plusSeconds(1);
        ResponseEntity<LeaderboardPage> answer = leader().getForEntity(
                "/api/leaderboards/units?period={p}&asOf={t}", LeaderboardPage.class, year(), at.toString());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).isEqualTo(ask(new FindLeaderboardQuery(LeaderboardKind.UNITS,
                Period.parse(year()), 0, FindLeaderboardQuery.DEFAULT_SIZE, at), LeaderboardPage.class));
        ResponseEntity<String> refused = leader().getForEntity("/api/funnel?asOf={t}", String.class, "yesterday");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("asOf");
    }

    /** Every figure of the live read models as of the instant against the replay's figures now. */
    private Funnel compareAt(Instant at, QueryGateway replayed, List<String> proposals) {
        int year = Integer.parseInt(year());
        for (LeaderboardKind kind : LeaderboardKind.values()) {
            for (Period period : List.of(Period.of(Period.Kind.MONTH, at), Period.of(Period.Kind.QUARTER, at),
                    Period.year(year))) {
                assertThat(ask(new FindLeaderboardQuery(kind, period, 0, FindLeaderboardQuery.MAX_SIZE, at),
                        LeaderboardPage.class))
                        .as("%s %s as of %s", kind, period, at)
                        .isEqualTo(ask(replayed, new FindLeaderboardQuery(kind, period, 0,
                                FindLeaderboardQuery.MAX_SIZE), LeaderboardPage.class));
            }
        }
        Funnel funnel = ask(new FindFunnelQuery(Period.year(year), null, at), Funnel.class);
        assertThat(funnel).as("funnel as of %s", at)
                .isEqualTo(ask(replayed, new FindFunnelQuery(Period.year(year), null), Funnel.class));
        assertThat(ask(new FindPatentPipelineQuery(year, at), PatentPipeline.class)).as("patents as of %s", at)
                .isEqualTo(ask(replayed, new FindPatentPipelineQuery(year), PatentPipeline.class));
        assertThat(ask(new FindCommendationStandingsQuery(year, at), CommendationStandings.class))
                .as("standings as of %s", at)
                .isEqualTo(ask(replayed, new FindCommendationStandingsQuery(year), CommendationStandings.class));
        for (String id : proposals) {
            assertThat(status(queries, new FindProposalQuery(id, ProposalScope.everything(), false, at)))
                    .as("proposal %s as of %s", id, at)
                    .isEqualTo(status(replayed, new FindProposalQuery(id, ProposalScope.everything(), false)));
        }
        return funnel;
    }

    /** What of a proposal changes over time; its texts are shown as last revised. */
    record StatusAsOf(ProposalStatus status, int revision, boolean escalated, Grade grade, String roundId,
                      List<ProposalHistoryEntry> history) {
    }

    private static Optional<StatusAsOf> status(QueryGateway gateway, FindProposalQuery query) {
        return gateway.query(query, ResponseTypes.optionalInstanceOf(ProposalDetail.class)).join()
                .map(d -> new StatusAsOf(d.status(), d.revision(), d.escalated(), d.grade(), d.roundId(), d.history()));
    }

    private <R> R ask(Object query, Class<R> type) {
        return ask(queries, query, type);
    }

    private static <R> R ask(QueryGateway gateway, Object query, Class<R> type) {
        return gateway.query(query, ResponseTypes.instanceOf(type)).join();
    }

    /** Every event's recorded instant, by time, and each event type's instants. */
    private List<Instant> eventTimes(Map<String, List<Instant>> byType) {
        List<Instant> times = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            events.forEach(event -> {
                Instant at = EventColumns.recordedAt(event);
                times.add(at);
                byType.computeIfAbsent(event.getPayloadType().getSimpleName(), type -> new ArrayList<>()).add(at);
            });
        }
        times.sort(null);
        byType.values().forEach(list -> list.sort(null));
        return times;
    }

    private List<String> everyTenthProposal() {
        List<String> all = jdbc.sql("""
                        SELECT aggregateidentifier FROM domainevententry
                        WHERE payloadtype = 'com.wuxiao.command.proposal.api.ProposalSubmittedEvent'
                        ORDER BY globalindex""")
                .query(String.class).list();
        return IntStream.range(0, all.size()).filter(i -> i % 10 == 0).mapToObj(all::get).toList();
    }

    /** Midway through the first quiet second (no event) at or after {@code at}. */
    private static Instant quietAfter(List<Instant> times, Instant at) {
        for (int i = 0; i + 1 < times.size(); i++) {
            if (!times.get(i).isBefore(at) && Duration.between(times.get(i), times.get(i + 1)).compareTo(QUIET) > 0) {
                return midway(times.get(i), times.get(i + 1));
            }
        }
        throw new AssertionError("no quiet time after " + at);
    }

    /** Midway through the last quiet second before {@code at}. */
    private static Instant quietBefore(List<Instant> times, Instant at) {
        for (int i = times.size() - 1; i > 0; i--) {
            if (times.get(i).compareTo(at) <= 0 && Duration.between(times.get(i - 1), times.get(i)).compareTo(QUIET) > 0) {
                return midway(times.get(i - 1), times.get(i));
            }
        }
        throw new AssertionError("no quiet time before " + at);
    }

    private static Instant midway(Instant a, Instant b) {
        return a.plus(Duration.between(a, b).dividedBy(2)).truncatedTo(ChronoUnit.MILLIS);
    }
}
