package com.wuxiao.infra.it;

import com.wuxiao.processes.monthlyreview.MonthlyReviewBridge;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The event → process bridge is exactly-once: it refuses a replay, a restart without tokens does
 * not redo history, and the submission event delivered again starts no second monthly review, even
 * when the first has ended.
 */
class EventToProcessBridgeTest extends IntegrationTestSupport {

    private static final String BRIDGE = "monthly-review-bridge";

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Autowired
    private HistoryService historyService;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private MonthlyReviewBridge bridgeHandler;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private TokenStore tokenStore;

    @Test
    void aFailingBridgeHandlerStopsTheProcessorInsteadOfSkippingTheEvent() {
        assertThat(eventProcessing.listenerInvocationErrorHandler(BRIDGE))
                .isInstanceOf(PropagatingErrorHandler.class);
    }

    @Test
    void replayIsRefused() {
        PooledStreamingEventProcessor bridge = bridge();
        bridge.shutDown();
        try {
            assertThatThrownBy(bridge::resetTokens).isInstanceOf(IllegalStateException.class);
        } finally {
            bridge.start();
        }
    }

    @Test
    void redeliveredSubmissionStartsNoSecondProcess() throws Exception {
        String proposalId = submit("w1001", proposalBody("矿灯充电架改进"));
        await().atMost(Duration.ofSeconds(20)).until(() -> reviewsOf(proposalId) == 1);
        DomainEventMessage<?> submitted = eventStore.readEvents(proposalId).next();
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(bridgeHandler);

        // As after a crash between the handler's work and its token update: the same event again.
        transaction.executeWithoutResult(status -> {
            try {
                adapter.handle(submitted);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(reviewsOf(proposalId)).isEqualTo(1);
    }

    @Test
    void restartWithLostTokensStartsNoSecondProcess() {
        String proposalId = submit("w1001", proposalBody("采煤机电缆拖移装置"));
        await().atMost(Duration.ofSeconds(20)).until(() -> reviewsOf(proposalId) == 1);
        PooledStreamingEventProcessor bridge = bridge();

        bridge.shutDown();
        jdbc.sql("delete from tokenentry where processorname = ?").param(BRIDGE).update();
        bridge.start();
        awaitCaughtUp(bridge);

        assertThat(reviewsOf(proposalId)).isEqualTo(1);
        assertThat(reviewsOf("demo-proposal-1")).isEqualTo(1);
    }

    /**
     * As the crash run found it: the review started and ended (accepted) before the bridge was handed
     * the declaration again, so no running review can tell; the bridge's record of the event does.
     */
    @Test
    void aSubmissionDeliveredAgainAfterItsReviewEndedStartsNoSecondReview() {
        String proposalId = submit("w1001", proposalBody("井下水泵自动排水改造"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", taskId, Map.of("outcome", "ACCEPT"));
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(proposalId)
                .finished().count()).as("its review ended").isEqualTo(1);
        long submitted = jdbc.sql("select globalindex from domainevententry where aggregateidentifier = ? "
                                  + "and sequencenumber = 0").param(proposalId).query(Long.class).single();
        PooledStreamingEventProcessor bridge = bridge();

        bridge.shutDown();
        transaction.executeWithoutResult(status -> {
            for (int segment : tokenStore.fetchSegments(BRIDGE)) {
                tokenStore.storeToken(GapAwareTrackingToken.newInstance(submitted - 1, List.of()), BRIDGE, segment);
                tokenStore.releaseClaim(BRIDGE, segment);
            }
        });
        bridge.start();
        awaitCaughtUp(bridge);

        assertThat(reviewsOf(proposalId)).isEqualTo(1);
    }

    private PooledStreamingEventProcessor bridge() {
        return eventProcessing.eventProcessor(BRIDGE, PooledStreamingEventProcessor.class).orElseThrow();
    }

    private long reviewsOf(String proposalId) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("monthly-review").processInstanceBusinessKey(proposalId).count();
    }

    private void awaitCaughtUp(PooledStreamingEventProcessor processor) {
        long head = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            return !status.isEmpty() && status.values().stream()
                    .allMatch(s -> s.isCaughtUp() && s.getCurrentPosition().orElse(-1) >= head);
        });
    }
}
