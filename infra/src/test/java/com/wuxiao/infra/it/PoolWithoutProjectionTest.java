package com.wuxiao.infra.it;

import com.wuxiao.query.proposal.ProposalProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A round's pool is the command side's own: a proposal accepted while the proposal projection stands
 * still (lagging, or its events parked as dead letters) is in its quarter's round all the same. In
 * 2019, a year of this test's own.
 */
class PoolWithoutProjectionTest extends AppraisalTestSupport {

    private static final int YEAR = 2019;

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void aProposalAcceptedWhileTheProposalProjectionIsStoppedIsInItsQuartersRound() {
        clock.travelTo(shanghai(YEAR, 5, 6, 9));
        configureYear(YEAR, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));
        String proposalId = submit("w1001", proposalBody("回风巷瓦斯抽采管路自动放水器"));
        awaitTasksVisibleTo("c1001", proposalId);
        awaitProposalStatus("w1001", proposalId, "SUBMITTED");
        PooledStreamingEventProcessor projection = eventProcessing
                .eventProcessor(ProposalProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();
        projection.shutDown();
        try {
            clock.travelTo(shanghai(YEAR, 5, 8, 10));
            accept("c1001", proposalId);
            assertThat(as("w1001").getForObject("/api/proposals/{id}", Map.class, proposalId))
                    .as("the proposal projection has not seen the acceptance").containsEntry("status", "SUBMITTED");

            clock.travelTo(shanghai(YEAR, 7, 2, 9));
            openRound(YEAR, 2);

            String roundId = YEAR + "-Q2";
            ResponseEntity<String> round = await().atMost(Duration.ofSeconds(20)).until(
                    () -> as("leader").getForEntity("/api/appraisal-rounds/{id}", String.class, roundId),
                    r -> r.getStatusCode().value() == 200);
            assertThat(round.getBody()).contains(proposalId);
        } finally {
            projection.start();
        }
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
    }
}
