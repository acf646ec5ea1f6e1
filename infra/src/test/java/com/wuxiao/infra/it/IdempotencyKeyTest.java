package com.wuxiao.infra.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.proposal.api.WithdrawProposalCommand;
import com.wuxiao.infra.web.idempotency.ExpiredIdempotencyKeys;
import com.wuxiao.infra.web.idempotency.IdempotencyProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * POST requests with an {@code Idempotency-Key}: a retry gets the first answer and changes nothing,
 * a reused key with another request is refused, and the key commits or rolls back with what the
 * request did.
 */
class IdempotencyKeyTest extends IntegrationTestSupport {

    private static final String SUBMITTED = "com.wuxiao.command.proposal.api.ProposalSubmittedEvent";

    @Autowired
    private ObjectMapper json;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private IdempotencyProperties properties;

    @Autowired
    private ExpiredIdempotencyKeys expiredKeys;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private Clock clock;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = proposalBody("采煤机截齿快换工具");
        long proposalsBefore = proposalsSubmitted();

        ResponseEntity<String> first = post("w1001", "/api/proposals", key, body);
        ResponseEntity<String> retry = post("w1001", "/api/proposals", key, body);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(first.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        String proposalId = proposalIdOf(first);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation())
                .hasToString("/api/proposals/" + proposalId);
        assertThat(retry.getHeaders().getContentType()).isEqualTo(first.getHeaders().getContentType());
        assertThat(proposalsSubmitted()).as("one proposal more, not two").isEqualTo(proposalsBefore + 1);
        assertThat(eventCount(proposalId)).as("the submission's one event").isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIsRefusedAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        ResponseEntity<String> first = post("w1001", "/api/proposals", key, proposalBody("液压支架立柱防护套"));
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        long proposalsBefore = proposalsSubmitted();

        ResponseEntity<String> otherBody = post("w1001", "/api/proposals", key, proposalBody("皮带机跑偏自动纠正"));
        ResponseEntity<String> otherPath = post("w1001", "/api/proposals/duplicates", key,
                Map.of("title", "皮带机跑偏自动纠正", "text", "纠偏"));

        for (ResponseEntity<String> refused : List.of(otherBody, otherPath)) {
            assertThat(refused.getStatusCode().value()).isEqualTo(422);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            Map<String, Object> problem = parse(refused);
            assertThat(problem).containsEntry("type", "urn:wuxiao:problem:idempotency-key-reused")
                    .containsEntry("status", 422).containsKeys("messageZh", "messageEn");
        }
        assertThat(proposalsSubmitted()).isEqualTo(proposalsBefore);
        assertThat(storedLocation("w1001", key)).as("the first answer is still the one kept")
                .contains(first.getHeaders().getLocation().toString());
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneProposal() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = proposalBody("掘进机除尘风机变频改造");
        long proposalsBefore = proposalsSubmitted();
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<ResponseEntity<String>>> requests = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return post("w1001", "/api/proposals", key, body);
                })).toList();
        start.countDown();
        List<ResponseEntity<String>> answers = requests.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsExactly(201, 201);
        assertThat(answers).extracting(this::proposalIdOf).doesNotContainNull().containsOnly(proposalIdOf(answers.get(0)));
        assertThat(answers).extracting(a -> a.getHeaders().getFirst("Idempotent-Replayed"))
                .as("one ran, the other waited for it and replayed").containsExactlyInAnyOrder(null, "true");
        assertThat(proposalsSubmitted()).isEqualTo(proposalsBefore + 1);
    }

    @Test
    void aFailedAttemptKeepsNothingSoTheKeyMayBeRetried() {
        String key = UUID.randomUUID().toString();
        long proposalsBefore = proposalsSubmitted();
        Map<String, Object> noTitle = new HashMap<>(proposalBody("x"));
        noTitle.remove("title");

        ResponseEntity<String> invalid = post("w1001", "/api/proposals", key, noTitle);
        // w2001 is none of the authors: the claim is made, the aggregate rejects the command.
        ResponseEntity<String> rejected = post("w2001", "/api/proposals", key, proposalBody("井下照明智能控制"));

        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(rejected.getStatusCode().value()).isEqualTo(403);
        assertThat(parse(rejected)).containsEntry("code", "submitter-not-author");
        assertThat(keyStored("w1001", key)).isFalse();
        assertThat(keyStored("w2001", key)).isFalse();
        assertThat(proposalsSubmitted()).isEqualTo(proposalsBefore);

        ResponseEntity<String> corrected = post("w1001", "/api/proposals", key, proposalBody("井下照明智能控制"));
        assertThat(corrected.getStatusCode().value()).isEqualTo(201);
        assertThat(corrected.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(proposalsSubmitted()).isEqualTo(proposalsBefore + 1);
    }

    /**
     * Screening appends the proposal's accepted event inside the task completion; the test then lets
     * Camunda lose a race (another writer bumped the task's revision). The request's transaction, which
     * by then holds the key and the event, rolls back as a whole; the same request then succeeds.
     */
    @Test
    void theKeyAndTheCommandsEventCommitOrRollBackTogether() throws Exception {
        String proposalId = submit("w1001", proposalBody("综采工作面煤壁片帮预警"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        long eventsBefore = eventCount(proposalId);
        String key = UUID.randomUUID().toString();
        Map<String, Object> accept = Map.of("outcome", "ACCEPT", "comment", "同意");

        ResponseEntity<String> lost;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement bump = other.prepareStatement("update act_ru_task set rev_ = rev_ + 1 where id_ = ?")) {
                bump.setString(1, taskId);
                assertThat(bump.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<ResponseEntity<String>> screening = CompletableFuture.supplyAsync(
                    () -> post("c1001", "/api/screenings/" + proposalId, key, accept));
            int pid = await().atMost(Duration.ofSeconds(20)).until(this::backendWaitingOnTheTask, Optional::isPresent)
                    .orElseThrow();
            assertThat(tablesWrittenBy(pid)).as("the blocked transaction has claimed the key and appended the event")
                    .contains("idempotency_key", "domainevententry");
            other.commit();
            lost = screening.get(30, TimeUnit.SECONDS);
        }

        assertThat(lost.getStatusCode().value()).isEqualTo(409);
        assertThat(eventCount(proposalId)).as("the accepted event rolled back with the key").isEqualTo(eventsBefore);
        assertThat(keyStored("c1001", key)).isFalse();

        ResponseEntity<String> retried = post("c1001", "/api/screenings/" + proposalId, key, accept);
        ResponseEntity<String> replayed = post("c1001", "/api/screenings/" + proposalId, key, accept);
        assertThat(retried.getStatusCode().value()).isEqualTo(204);
        assertThat(replayed.getStatusCode().value()).isEqualTo(204);
        assertThat(replayed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventCount(proposalId)).as("accepted once: the acceptance and the two authors' points")
                .isEqualTo(eventsBefore + 3);
    }

    /**
     * What the filter relies on for commands sent straight from a controller: Axon's command handling
     * joins the surrounding Spring transaction, so the key's row and the command's event roll back together.
     */
    @Test
    void aCommandsEventJoinsTheTransactionOfTheKey() {
        String proposalId = submit("w1001", proposalBody("风门闭锁装置改进"));
        long eventsBefore = eventCount(proposalId);
        String key = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into idempotency_key (user_id, idempotency_key, request_method, request_path,
                                                         request_body_sha256, created_at)
                            values ('w1001', ?, 'POST', ?, repeat('0', 64), now())""")
                    .params(key, "/api/proposals/" + proposalId + "/withdraw").update();
            commands.sendAndWait(new WithdrawProposalCommand(proposalId, "w1001", clock.instant()));
            assertThat(eventCount(proposalId)).as("the withdrawal, inside the transaction").isEqualTo(eventsBefore + 1);
            status.setRollbackOnly();
        });

        assertThat(eventCount(proposalId)).isEqualTo(eventsBefore);
        assertThat(keyStored("w1001", key)).isFalse();
    }

    @Test
    void anExpiredKeyIsNotReplayedAndIsDeletedByTheCleanup() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = proposalBody("主运输巷道积水自动抽排");
        String firstId = proposalIdOf(post("w1001", "/api/proposals", key, body));
        long proposalsBefore = proposalsSubmitted();
        age("w1001", key, properties.retention().plusMinutes(1));

        ResponseEntity<String> later = post("w1001", "/api/proposals", key, body);

        assertThat(later.getStatusCode().value()).isEqualTo(201);
        assertThat(later.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(proposalIdOf(later)).isNotEqualTo(firstId);
        assertThat(proposalsSubmitted()).isEqualTo(proposalsBefore + 1);

        String staleKey = UUID.randomUUID().toString();
        assertThat(post("w1001", "/api/proposals/duplicates", staleKey, Map.of("title", "抽排", "text", "水泵"))
                .getStatusCode().value()).isEqualTo(200);
        age("w1001", staleKey, properties.retention().plusMinutes(1));
        assertThat(expiredKeys.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(keyStored("w1001", staleKey)).isFalse();
        assertThat(keyStored("w1001", key)).as("renewed by the later request, not expired").isTrue();
    }

    @Test
    void anotherUsersKeyIsTheirOwn() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = proposalBody("刮板机链条自动润滑");
        long proposalsBefore = proposalsSubmitted();

        ResponseEntity<String> mine = post("w1001", "/api/proposals", key, body);
        ResponseEntity<String> theirs = post("w1002", "/api/proposals", key, body);

        assertThat(theirs.getStatusCode().value()).isEqualTo(201);
        assertThat(theirs.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
        assertThat(proposalIdOf(theirs)).isNotEqualTo(proposalIdOf(mine));
        assertThat(proposalsSubmitted()).isEqualTo(proposalsBefore + 2);
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        long proposalsBefore = proposalsSubmitted();
        for (String key : List.of("", "   ", "k".repeat(256), "tab\there")) {
            ResponseEntity<String> answer = post("w1001", "/api/proposals", key, proposalBody("巷道喷浆机改进"));
            assertThat(answer.getStatusCode().value()).as("key [%s]", key).isEqualTo(400);
            assertThat(parse(answer)).containsEntry("type", "urn:wuxiao:problem:invalid-idempotency-key")
                    .containsKeys("messageZh", "messageEn");
        }
        assertThat(post("w1001", "/api/proposals", "k".repeat(255), proposalBody("巷道喷浆机改进"))
                .getStatusCode().value()).as("255 characters are fine").isEqualTo(201);
        assertThat(proposalsSubmitted()).isEqualTo(proposalsBefore + 1);
    }

    @Test
    void theApiDescriptionNamesTheHeaderOnPosts() throws Exception {
        var paths = json.readTree(as("w1001").getForObject("/v3/api-docs", String.class)).path("paths");
        for (String path : List.of("/api/proposals", "/api/appraisal-rounds/{roundId}/objections")) {
            assertThat(paths.path(path).path("post").path("parameters").findValuesAsText("name"))
                    .as(path).containsOnlyOnce("Idempotency-Key");
        }
        assertThat(paths.path("/api/proposals").path("get").path("parameters").findValuesAsText("name"))
                .doesNotContain("Idempotency-Key");
    }

    private ResponseEntity<String> post(String userId, String path, String key, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return as(userId).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private long proposalsSubmitted() {
        return jdbc.sql("select count(*) from domainevententry where payloadtype = ?").param(SUBMITTED)
                .query(Long.class).single();
    }

    private boolean keyStored(String userId, String key) {
        return jdbc.sql("select count(*) from idempotency_key where user_id = ? and idempotency_key = ?")
                .params(userId, key).query(Long.class).single() == 1;
    }

    private Optional<String> storedLocation(String userId, String key) {
        return jdbc.sql("select response_location from idempotency_key where user_id = ? and idempotency_key = ?")
                .params(userId, key).query(String.class).optional();
    }

    private void age(String userId, String key, Duration by) {
        Timestamp createdAt = jdbc.sql("select created_at from idempotency_key where user_id = ? and idempotency_key = ?")
                .params(userId, key).query(Timestamp.class).single();
        jdbc.sql("update idempotency_key set created_at = ? where user_id = ? and idempotency_key = ?")
                .params(Timestamp.from(createdAt.toInstant().minus(by)), userId, key).update();
    }

    /** The backend of a request that waits on a row lock of Camunda's task table. */
    private Optional<Integer> backendWaitingOnTheTask() {
        return jdbc.sql("""
                        select pid from pg_stat_activity
                        where wait_event_type = 'Lock' and query ilike '%act_ru_task%' and pid <> pg_backend_pid()""")
                .query(Integer.class).optional();
    }

    /** Tables the backend's open transaction has inserted into, updated or deleted from. */
    private List<String> tablesWrittenBy(int pid) {
        return jdbc.sql("""
                        select c.relname from pg_locks l join pg_class c on c.oid = l.relation
                        where l.pid = ? and l.mode = 'RowExclusiveLock'""")
                .param(pid).query(String.class).list();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(ResponseEntity<String> response) {
        try {
            return json.readValue(response.getBody(), Map.class);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private String proposalIdOf(ResponseEntity<String> response) {
        return (String) parse(response).get("proposalId");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
