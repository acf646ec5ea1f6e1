package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reviewer completes the same scoring task from two sessions at the same moment, through Camunda's
 * REST task API: exactly one completion wins, the other is told 409 (changed meanwhile), and one
 * score is stored.
 * <p>
 * "At the same moment" is made certain, not left to thread timing: the test holds a lock on the event
 * table, so one completion waits there while appending its score, inside its transaction; the other
 * has read the still open task in its own transaction and waits for the round (Axon lets one command
 * at a time work on an aggregate within one JVM). Then the lock is released.
 */
class ConcurrentScoringTest extends AppraisalTestSupport {

    private static final String ROUND = "2024-Q4";

    @Autowired
    DataSource dataSource;

    @Test
    void twoSessionsCompletingTheSameScoringTaskAtOnceStoreOneScore() throws Exception {
        clock.travelTo(shanghai(2024, 11, 4, 9));
        configureYear(2024, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));
        String proposalId = submit("w1001", proposalBody("掘进机截割头快换装置"));
        accept("c1001", proposalId);
        awaitProposalStatus("leader", proposalId, "ACCEPTED");
        String instance = openRound(2024, 4);
        namePanel(ROUND, "r0001, r0003, r0005", 3);
        runContinuations(instance);
        Map<String, Object> task = singleTask("r0001", ROUND, "scoreProposal");
        long scoresBefore = scoresRecorded();

        List<ResponseEntity<String>> responses;
        ExecutorService sessions = Executors.newFixedThreadPool(2);
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
            }
            List<CompletableFuture<ResponseEntity<String>>> completions = List.of(
                    CompletableFuture.supplyAsync(() -> completeTask("r0001", (String) task.get("id"),
                            scores(80, 75, 70, "第一个会话")), sessions),
                    CompletableFuture.supplyAsync(() -> completeTask("r0001", (String) task.get("id"),
                            scores(60, 65, 70, "第二个会话")), sessions));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> appendsWaitingForTheLock() == 1 && engineTransactionsWaiting() == 1);
            lock.rollback();
            responses = completions.stream().map(CompletableFuture::join).toList();
        } finally {
            sessions.shutdownNow();
        }

        assertThat(responses).extracting(response -> response.getStatusCode().value())
                .containsExactlyInAnyOrder(204, 409);
        ResponseEntity<String> loser = responses.stream().filter(r -> r.getStatusCode().value() == 409)
                .findFirst().orElseThrow();
        assertThat(loser.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(loser.getBody()).contains("urn:wuxiao:problem:concurrent-change");
        assertThat(scoresRecorded()).isEqualTo(scoresBefore + 1);
        assertThat(tasks("r0001", ROUND, "scoreProposal")).as("the task is done").isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<?, ?> progress = as("leader").getForObject("/api/appraisal-rounds/{id}/progress", Map.class, ROUND);
            assertThat(progress.get("done")).isEqualTo(1);
        });
    }

    private long scoresRecorded() {
        return jdbc.sql("""
                        select count(*) from domainevententry
                        where aggregateidentifier = ? and payloadtype like '%ScoreRecordedEvent'""")
                .param(ROUND).query(Long.class).single();
    }

    /** A task completion that has read from Camunda's tables and waits, its transaction open. */
    private long engineTransactionsWaiting() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where state = 'idle in transaction' and query ilike '%act\\_%' and pid <> pg_backend_pid()""")
                .query(Long.class).single();
    }

    private long appendsWaitingForTheLock() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query ilike 'insert into domainevententry%'""")
                .query(Long.class).single();
    }
}
