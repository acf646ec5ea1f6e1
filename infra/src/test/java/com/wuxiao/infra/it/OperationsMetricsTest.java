package com.wuxiao.infra.it;

import com.wuxiao.query.proposal.ProposalProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** /actuator/prometheus: what an operator watches (issue 12), for administrators only. */
class OperationsMetricsTest extends IntegrationTestSupport {

    private static final String LAG = "wuxiao_processor_lag_events";

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void anAdministratorScrapesRequestsPoolsProcessorsAndCamunda() {
        as("w1001").getForEntity("/api/proposals/mine", String.class);   // at least one request measured

        String metrics = scrape();

        assertThat(metrics).contains(
                "http_server_requests_seconds_count{",
                "hikaricp_connections_active{",
                "jvm_memory_used_bytes{",
                LAG + "{application=\"wuxiao\",processor=\"proposal-projection\"}",
                "wuxiao_processor_segments{application=\"wuxiao\",processor=\"proposal-projection\"}",
                "wuxiao_processor_dead_letters_events{application=\"wuxiao\",processor=\"proposal-projection\"}",
                "wuxiao_camunda_jobs_due{",
                "wuxiao_camunda_jobs_failed{",
                "wuxiao_camunda_incidents{");
        assertThat(value(metrics, "wuxiao_processor_segments", "proposal-projection"))
                .as("this node holds all four segments").isEqualTo(4);
    }

    @Test
    void nobodyElseSeesThem() {
        assertThat(as("w1001").getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(as("leader").getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
    }

    /** The lag comes from the token table: a stopped processor shows what it has not handled yet. */
    @Test
    void aStoppedProjectionsLagIsTheEventsStoredSinceAndGoesBackToZero() {
        PooledStreamingEventProcessor projection = eventProcessing
                .eventProcessor(ProposalProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();
        awaitCaughtUp(ProposalProjection.PROCESSING_GROUP);
        projection.shutDown();
        long stoppedAt;
        try {
            stoppedAt = oldestPosition(ProposalProjection.PROCESSING_GROUP);
            submit("w1001", proposalBody("井下水泵房无人值守自动排水"));
            assertThat(head()).as("the submission stored events").isGreaterThan(stoppedAt);
            // The bridges' steps may still store events of the review: the head is read with each try.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(value(scrape(), LAG, ProposalProjection.PROCESSING_GROUP))
                            .isEqualTo((double) (head() - stoppedAt)));
        } finally {
            projection.start();
        }
        awaitCaughtUp(ProposalProjection.PROCESSING_GROUP);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(value(scrape(), LAG, ProposalProjection.PROCESSING_GROUP)).isZero());
    }

    private long head() {
        return jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
    }

    private String scrape() {
        ResponseEntity<String> response = as("admin").getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    /**
     * The least advanced segment's position as the token table has it (GapAwareTrackingToken's JSON
     * "index"); segments that have not stored a token yet do not count.
     */
    private long oldestPosition(String processor) {
        return jdbc.sql("""
                        select min((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint) from tokenentry
                        where processorname = ?""")
                .param(processor).query(Long.class).single();
    }

    private static double value(String metrics, String name, String processor) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*processor=\"" + Pattern.quote(processor)
                                       + "\"[^}]*} (\\S+)$").matcher(metrics);
        assertThat(line.find()).as(name + " of " + processor).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
