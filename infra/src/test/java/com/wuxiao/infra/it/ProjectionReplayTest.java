package com.wuxiao.infra.it;

import com.wuxiao.query.leaderboard.LeaderboardProjection;
import com.wuxiao.query.proposal.ProposalProjection;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The projections are rebuilt from the event store to exactly what they were. */
class ProjectionReplayTest extends IntegrationTestSupport {

    private static final String PROJECTION = "proposal-projection";
    private static final String LEADERBOARDS = "leaderboard-projection";

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Autowired
    private ProposalProjection projection;

    @Autowired
    private LeaderboardProjection leaderboards;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void replayRebuildsTheSameReadModel() {
        String proposalId = submit("w1001", proposalBody("掘进机截割头喷雾改造"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", taskId, Map.of("outcome", "REJECT", "rejectionReason", "NOT_ORIGINAL",
                "comment", "与去年成果相同"));
        awaitProposalStatus("w1001", proposalId, "REJECTED");
        Object listBefore = as("leader").getForObject("/api/proposals?size=100", Object.class);
        Map<String, Object> detailBefore = proposal("w1001", proposalId);
        List<Map<String, Object>> rowsBefore = dump();

        PooledStreamingEventProcessor projection = eventProcessing
                .eventProcessor(PROJECTION, PooledStreamingEventProcessor.class).orElseThrow();
        projection.shutDown();
        projection.resetTokens();
        assertThat(jdbc.sql("select count(*) from proposal_view").query(Long.class).single())
                .as("the reset empties the read model").isZero();
        replay(PROJECTION);

        assertThat(dump()).isEqualTo(rowsBefore);
        assertThat(proposal("w1001", proposalId)).isEqualTo(detailBefore);
        assertThat(as("leader").getForObject("/api/proposals?size=100", Object.class)).isEqualTo(listBefore);
    }

    @Test
    void leaderboardsAndRoundsAreRebuiltTheSame() {
        String proposalId = submit("w1001", proposalBody("皮带机头清扫器改进"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", taskId, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String board = "/api/leaderboards/individuals?period=" + month + "&size=100";
        // w1001 is on the board from earlier tests already: wait for this acceptance to be counted.
        awaitCaughtUp("leaderboard-projection", "appraisal-projection");
        Object individualsBefore = as("leader").getForObject(board, Object.class);
        Object unitsBefore = as("leader").getForObject("/api/leaderboards/units?period=" + month, Object.class);
        Object roundsBefore = as("leader").getForObject("/api/appraisal-rounds", Object.class);

        replay("leaderboard-projection", "appraisal-projection");

        assertThat(as("leader").getForObject(board, Object.class)).isEqualTo(individualsBefore);
        assertThat(as("leader").getForObject("/api/leaderboards/units?period=" + month, Object.class))
                .isEqualTo(unitsBefore);
        assertThat(as("leader").getForObject("/api/appraisal-rounds", Object.class)).isEqualTo(roundsBefore);
    }

    /**
     * The pooled processor replays in parallel segments: each aggregate's events in their order, the
     * aggregates interleaved in any way. Every board of every period is rebuilt the same by the
     * processor itself on its four segments, and by hand segment by segment, the last one first;
     * the processor's own replay over that changes nothing either.
     */
    @Test
    void leaderboardsAreRebuiltTheSameWhateverTheOrderOfTheSegments() {
        Map<String, Object> body = new HashMap<>(proposalBody("顺槽皮带机自移机尾改造"));
        body.put("authors", List.of(Map.of("workerId", "w1001", "share", 70),
                Map.of("workerId", "w2001", "share", 30)));   // of ZC1 and JJ2
        String proposalId = submit("w1001", body);
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", taskId, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        awaitCaughtUp(LEADERBOARDS);
        assertThat(jdbc.sql("select worker_id || ':' || unit_id from points_ledger where proposal_id = ? order by 1")
                .param(proposalId).query(String.class).list()).as("the acceptance's entries, of a team across units")
                .containsExactly("w1001:ZC1", "w2001:JJ2");
        Map<String, Object> before = everyLeaderboard();

        replay(LEADERBOARDS);
        assertThat(jdbc.sql("select count(*) from tokenentry where processorname = ?").param(LEADERBOARDS)
                .query(Long.class).single()).as("segments of the processor").isEqualTo(4);
        assertThat(everyLeaderboard()).isEqualTo(before);

        PooledStreamingEventProcessor processor = eventProcessing
                .eventProcessor(LEADERBOARDS, PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            processor.resetTokens();
            assertThat(jdbc.sql("select count(*) from points_ledger").query(Long.class).single())
                    .as("the reset empties the ledger").isZero();
            List<Segment> segments = new ArrayList<>(Segment.splitBalanced(Segment.ROOT_SEGMENT, 3));
            Collections.reverse(segments);
            segments.forEach(segment -> handleInOrder(eventsOf(segment)));
            assertThat(everyLeaderboard()).isEqualTo(before);
        } finally {
            processor.start();   // whatever happened: the other tests need the boards
        }
        awaitCaughtUp(LEADERBOARDS);
        assertThat(everyLeaderboard()).isEqualTo(before);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String proposalId = submit("w1001", proposalBody("井口信号远程确认"));
        awaitProposalStatus("w1001", proposalId, "SUBMITTED");
        List<Map<String, Object>> before = dump();
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);

        eventStore.readEvents(proposalId).asStream().forEach(event -> transaction.executeWithoutResult(status -> {
            try {
                adapter.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));

        assertThat(dump()).isEqualTo(before);
    }

    /**
     * Every page of the three boards of every period with an entry or an award, and the points of
     * the workers these tests accept proposals of.
     */
    private Map<String, Object> everyLeaderboard() {
        List<String> periods = jdbc.sql("""
                select month_key from points_ledger union select quarter_key from points_ledger
                union select year_key from points_ledger union select month_key from leaderboard_award
                union select quarter_key from leaderboard_award union select year_key from leaderboard_award""")
                .query(String.class).list();
        Map<String, Object> boards = new TreeMap<>();
        for (String period : periods) {
            for (String kind : List.of("individuals", "units", "categories")) {
                boards.put(kind + " " + period, pagesOf(kind, period));
            }
        }
        for (String worker : List.of("w1001", "w1002", "w2001")) {
            boards.put(worker, as(worker).getForObject("/api/workers/me/points", Object.class));
        }
        return boards;
    }

    @SuppressWarnings("unchecked")
    private List<Object> pagesOf(String kind, String period) {
        List<Object> pages = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, Object> board = as("leader").getForObject("/api/leaderboards/{kind}?period={period}"
                    + "&size=100&page={page}", Map.class, kind, period, page);
            pages.add(board);
            if ((long) (page + 1) * 100 >= ((Number) board.get("total")).longValue()) {
                return pages;
            }
        }
    }

    /** The stored events the segment's share of the leaderboard processor takes, in their order. */
    private List<EventMessage<?>> eventsOf(Segment segment) {
        SequencingPolicy<? super EventMessage<?>> policy = eventProcessing.sequencingPolicy(LEADERBOARDS);
        List<EventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (segment.matches(policy.getSequenceIdentifierFor(event))) {
                    events.add(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    private void handleInOrder(List<EventMessage<?>> events) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(leaderboards);
        transaction.executeWithoutResult(status -> events.stream().filter(adapter::canHandle).forEach(event -> {
            try {
                adapter.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private List<Map<String, Object>> dump() {
        return jdbc.sql("""
                select v.*, (select string_agg(worker_id || ':' || share, ',' order by position)
                             from proposal_author_view a where a.proposal_id = v.id) as authors,
                            (select string_agg(action || ':' || status || ':' || coalesce(actor_id, '-'), ',' order by seq)
                             from proposal_history_view h where h.proposal_id = v.id) as history
                from proposal_view v order by v.id""").query().listOfRows();
    }
}
