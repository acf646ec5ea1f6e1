package com.wuxiao.infra.it;

import com.wuxiao.infra.WuxiaoApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * One Spring context for all integration tests: the whole application on an embedded PostgreSQL,
 * with the demo company (units ZC1, JJ2, …; users w1001, c1001, …) seeded by the demo profile.
 */
@SpringBootTest(classes = WuxiaoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"it", "demo"})
@AutoConfigureObservability(tracing = false)   // the Prometheus registry, which tests leave out by default
@Import(AdjustableClock.Config.class)
abstract class IntegrationTestSupport {

    static {
        // Before the context starts: nothing of the app may reach past localhost (NothingGoesOutTest).
        OutboundConnections.install();
    }

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Value("${wuxiao.demo.password}")
    private String demoPassword;

    protected String demoPassword() {
        return demoPassword;
    }

    protected TestRestTemplate as(String userId) {
        return http.withBasicAuth(userId, demoPassword);
    }

    /** A proposal of worker w1001 (unit ZC1, 60 %) with w1002 (40 %), valid under the demo year. */
    protected static Map<String, Object> proposalBody(String title) {
        return Map.of(
                "title", title,
                "type", "INNOVATION",
                "categoryCode", "JDYS",
                "unitId", "ZC1",
                "problem", "刮板输送机链条张紧靠人工目测，" + UUID.randomUUID(),
                "solution", "加装液压自动张紧装置并实时显示张力，" + UUID.randomUUID(),
                "expectedEconomicBenefit", 50000,
                "expectedSafetyBenefit", "减少断链事故",
                "materialCost", 2000,
                "authors", List.of(Map.of("workerId", "w1001", "share", 60), Map.of("workerId", "w1002", "share", 40)));
    }

    protected String submit(String workerId, Map<String, Object> body) {
        ResponseEntity<Map> response = as(workerId).postForEntity("/api/proposals", body, Map.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("submit failed: " + response.getStatusCode() + " " + response.getBody());
        }
        return (String) response.getBody().get("proposalId");
    }

    /**
     * Clears the projections of these processing groups (their reset handlers) and replays every
     * event into them, returning once they have caught up with the event store.
     */
    protected void replay(String... processingGroups) {
        for (String group : processingGroups) {
            PooledStreamingEventProcessor processor = eventProcessing
                    .eventProcessor(group, PooledStreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            awaitCaughtUp(processor);
        }
    }

    /** Returns once these processing groups have handled every event stored so far. */
    protected void awaitCaughtUp(String... processingGroups) {
        for (String group : processingGroups) {
            awaitCaughtUp(eventProcessing.eventProcessor(group, PooledStreamingEventProcessor.class).orElseThrow());
        }
    }

    private void awaitCaughtUp(PooledStreamingEventProcessor processor) {
        long head = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            // Every segment claimed (a test standing for a second instance makes it give some back
            // for a moment); a segment stays "replaying" until it sees an event past the reset
            // point: position tells.
            long segments = jdbc.sql("select count(*) from tokenentry where processorname = ?")
                    .param(processor.getName()).query(Long.class).single();
            return !status.isEmpty() && status.size() == segments && status.values().stream().allMatch(s ->
                    s.isCaughtUp() && s.getCurrentPosition().orElse(-1) >= head);
        });
    }

    protected long eventCount(String aggregateId) {
        return jdbc.sql("select count(*) from domainevententry where aggregateidentifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    protected long totalEvents() {
        return jdbc.sql("select count(*) from domainevententry").query(Long.class).single();
    }

    /** Open tasks of a proposal's monthly review that Camunda's authorization lets the user see. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> tasksVisibleTo(String userId, String proposalId) {
        ResponseEntity<List> response = as(userId).getForEntity(
                "/engine-rest/task?processInstanceBusinessKey={key}", List.class, proposalId);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("task query failed: " + response.getStatusCode());
        }
        return response.getBody();
    }

    protected List<Map<String, Object>> awaitTasksVisibleTo(String userId, String proposalId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> tasksVisibleTo(userId, proposalId), t -> !t.isEmpty());
    }

    protected ResponseEntity<String> completeTask(String userId, String taskId, Map<String, Object> variables) {
        Map<String, Object> camundaVariables = new java.util.HashMap<>();
        variables.forEach((name, value) -> camundaVariables.put(name, Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(userId).exchange("/engine-rest/task/{id}/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", camundaVariables), headers), String.class, taskId);
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> proposal(String userId, String proposalId) {
        return as(userId).getForObject("/api/proposals/{id}", Map.class, proposalId);
    }

    protected Map<String, Object> awaitProposalStatus(String userId, String proposalId, String status) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> proposal(userId, proposalId), p -> p != null && status.equals(p.get("status")));
    }
}
