package com.wuxiao.infra.it;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event → process bridge is exactly-once: a replay (token reset) and a redelivery (tokens lost,
 * every event handled again) each start no second monthly review for a proposal.
 */
class EventToProcessBridgeTest extends IntegrationTestSupport {

    private static final String BRIDGE = "monthly-review-bridge";

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Autowired
    private HistoryService historyService;

    @Test
    void replayAndRedeliveryStartNoSecondProcess() {
        String proposalId = submit("w1001", proposalBody("矿灯充电架改进"));
        await().atMost(Duration.ofSeconds(20)).until(() -> reviewsOf(proposalId) == 1);
        PooledStreamingEventProcessor bridge = eventProcessing
                .eventProcessor(BRIDGE, PooledStreamingEventProcessor.class).orElseThrow();

        bridge.shutDown();
        bridge.resetTokens();
        bridge.start();
        awaitCaughtUp(bridge);
        assertThat(reviewsOf(proposalId)).as("after a replay").isEqualTo(1);

        bridge.shutDown();
        jdbc.sql("delete from tokenentry where processorname = ?").param(BRIDGE).update();
        bridge.start();
        awaitCaughtUp(bridge);
        assertThat(reviewsOf(proposalId)).as("after redelivery of every event").isEqualTo(1);
        assertThat(reviewsOf("demo-proposal-1")).isEqualTo(1);
    }

    private long reviewsOf(String proposalId) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("monthly-review").processInstanceBusinessKey(proposalId).count();
    }

    private void awaitCaughtUp(PooledStreamingEventProcessor processor) {
        long head = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            return !status.isEmpty() && status.values().stream().allMatch(s ->
                    s.isCaughtUp() && !s.isReplaying() && s.getCurrentPosition().orElse(-1) >= head);
        });
    }
}
