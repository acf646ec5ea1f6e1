package com.wuxiao.infra.it;

import com.wuxiao.query.proposal.ProposalProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The projections are rebuilt from the event store to exactly what they were. */
class ProjectionReplayTest extends IntegrationTestSupport {

    private static final String PROJECTION = "proposal-projection";

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Autowired
    private ProposalProjection projection;

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

    private List<Map<String, Object>> dump() {
        return jdbc.sql("""
                select v.*, (select string_agg(worker_id || ':' || share, ',' order by position)
                             from proposal_author_view a where a.proposal_id = v.id) as authors,
                            (select string_agg(action || ':' || status || ':' || coalesce(actor_id, '-'), ',' order by seq)
                             from proposal_history_view h where h.proposal_id = v.id) as history
                from proposal_view v order by v.id""").query().listOfRows();
    }
}
