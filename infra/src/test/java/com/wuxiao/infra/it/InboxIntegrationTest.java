package com.wuxiao.infra.it;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inbox, from a real screening through Camunda to the authors' notifications: a return with the
 * coordinator's comment, the revision, the acceptance; unread counts and read marks; nobody else sees
 * them; and a rebuild of the projection from the events gives the same notifications, read as before.
 */
class InboxIntegrationTest extends IntegrationTestSupport {

    private static final String PROJECTION = "inbox-projection";
    private static final String COMMENT = "请补充材料成本测算和现场照片";

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    @SuppressWarnings("unchecked")
    void theAuthorsHearOfTheReturnWithItsCommentAndOfTheAcceptance() {
        // earlier tests' notifications in flight would spoil the counts below
        awaitInboxCaughtUp();
        long w1001Before = unread("w1001");
        long w1002Before = unread("w1002");
        String proposalId = submit("w1001", proposalBody("液压支架护帮板自动收回"));
        String firstTask = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        assertThat(completeTask("c1001", firstTask, Map.of("outcome", "RETURN", "comment", COMMENT))
                .getStatusCode().value()).isEqualTo(204);

        // both authors (w1001 60 %, w1002 40 %) are told, with the comment
        Map<String, Object> returned = awaitItem("w1001", proposalId, "RETURNED");
        assertThat(returned).containsEntry("proposalTitle", "液压支架护帮板自动收回")
                .containsEntry("messageKey", "inbox.kind.RETURNED").containsEntry("read", false);
        assertThat((Map<String, Object>) returned.get("params")).containsEntry("comment", COMMENT);
        assertThat((List<String>) returned.get("args")).containsExactly("液压支架护帮板自动收回", COMMENT);
        assertThat((String) returned.get("text")).contains("被退回修改").contains(COMMENT).contains("液压支架护帮板自动收回");
        Map<String, Object> returnedToW1002 = awaitItem("w1002", proposalId, "RETURNED");
        assertThat(returnedToW1002.get("id")).as("one row per recipient").isNotEqualTo(returned.get("id"));
        assertThat(unread("w1001")).isEqualTo(w1001Before + 1);
        assertThat(unread("w1002")).isEqualTo(w1002Before + 1);
        // the same notification in English when the caller switched the language
        assertThat((String) itemOf(inbox("w1001", "en"), proposalId, "RETURNED").get("text"))
                .startsWith("Your proposal \"液压支架护帮板自动收回\" was returned for revision. Coordinator's comment: ")
                .endsWith(COMMENT);
        // someone else sees nothing of it, and cannot mark it read
        assertThat(items(inbox("w3002", null))).noneMatch(i -> proposalId.equals(i.get("proposalId")));
        assertThat(as("w3002").postForEntity("/api/inbox/{id}/read", null, String.class, returned.get("id"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(unread("w1001")).isEqualTo(w1001Before + 1);

        // the revision is the author's own doing; the acceptance is news again
        Map<String, Object> revision = new HashMap<>(proposalBody("液压支架护帮板自动收回（修订）"));
        revision.put("basedOnRevision", 1);
        assertThat(as("w1001").exchange("/api/proposals/{id}", HttpMethod.PUT, new HttpEntity<>(revision), String.class,
                proposalId).getStatusCode().value()).isEqualTo(204);
        String secondTask = await().atMost(Duration.ofSeconds(20))
                .until(() -> awaitTasksVisibleTo("c1001", proposalId).get(0).get("id"), id -> !id.equals(firstTask))
                .toString();
        assertThat(completeTask("c1001", secondTask, Map.of("outcome", "ACCEPT")).getStatusCode().value()).isEqualTo(204);
        Map<String, Object> accepted = awaitItem("w1001", proposalId, "ACCEPTED");
        assertThat(accepted.get("proposalTitle")).as("the title as of the event").isEqualTo("液压支架护帮板自动收回（修订）");
        List<Map<String, Object>> mine = items(inbox("w1001", null)).stream()
                .filter(i -> proposalId.equals(i.get("proposalId"))).toList();
        assertThat(mine).extracting(i -> i.get("kind")).as("newest first").containsExactly("ACCEPTED", "RETURNED");
        assertThat(unread("w1001")).isEqualTo(w1001Before + 2);

        // read marks: one, then all; the co-author's copy stays unread
        assertThat(as("w1001").postForEntity("/api/inbox/{id}/read", null, String.class, returned.get("id"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(itemOf(inbox("w1001", null), proposalId, "RETURNED")).containsEntry("read", true);
        assertThat(unread("w1001")).isEqualTo(w1001Before + 1);
        assertThat(unread("w1002")).isEqualTo(w1002Before + 2);
        List<Map<String, Object>> unreadOnly = items(as("w1001").getForObject("/api/inbox?unreadOnly=true&size=100", Map.class));
        assertThat(unreadOnly).extracting(i -> i.get("id")).doesNotContain(returned.get("id")).contains(accepted.get("id"));
        assertThat(as("w1001").postForEntity("/api/inbox/read-all", null, String.class).getStatusCode().value())
                .isEqualTo(204);
        assertThat(unread("w1001")).isZero();
        assertThat(unread("w1002")).isEqualTo(w1002Before + 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRebuildFromTheEventsGivesTheSameNotificationsAndKeepsTheReadMarks() {
        String proposalId = submit("w1001", proposalBody("掘进机截割电机温度监测"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        completeTask("c1001", taskId, Map.of("outcome", "REJECT", "rejectionReason", "DUPLICATE",
                "comment", "与本月另一项申报相同"));
        Map<String, Object> rejected = awaitItem("w1002", proposalId, "REJECTED");
        assertThat((String) rejected.get("text")).contains("重复申报").contains("与本月另一项申报相同");
        assertThat((Map<String, Object>) rejected.get("params")).containsEntry("reason", "DUPLICATE");
        as("w1002").postForEntity("/api/inbox/{id}/read", null, String.class, rejected.get("id"));
        List<Map<String, Object>> rowsBefore = dump();
        Object w1001Before = as("w1001").getForObject("/api/inbox?size=100", Object.class);
        Object w1002Before = as("w1002").getForObject("/api/inbox?size=100", Object.class);
        assertThat(itemOf((Map<String, Object>) w1002Before, proposalId, "REJECTED")).containsEntry("read", true);

        PooledStreamingEventProcessor processor = eventProcessing
                .eventProcessor(PROJECTION, PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.sql("select count(*) from inbox_notification").query(Long.class).single())
                .as("the reset empties the notifications").isZero();
        replay(PROJECTION);

        assertThat(dump()).isEqualTo(rowsBefore);
        assertThat(as("w1001").getForObject("/api/inbox?size=100", Object.class)).isEqualTo(w1001Before);
        assertThat(as("w1002").getForObject("/api/inbox?size=100", Object.class)).isEqualTo(w1002Before);
    }

    private void awaitInboxCaughtUp() {
        PooledStreamingEventProcessor processor = eventProcessing
                .eventProcessor(PROJECTION, PooledStreamingEventProcessor.class).orElseThrow();
        long head = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> processor.processingStatus().values().stream()
                .allMatch(status -> status.isCaughtUp() && status.getCurrentPosition().orElse(-1) >= head));
    }

    private List<Map<String, Object>> dump() {
        return jdbc.sql("""
                select n.id, n.recipient_id, n.kind, n.proposal_id, array_to_string(n.args, '|') as args,
                       n.occurred_at, n.event_seq, r.read_at
                from inbox_notification n left join inbox_read r on r.notification_id = n.id
                order by n.id""").query().listOfRows();
    }

    private long unread(String userId) {
        return ((Number) as(userId).getForObject("/api/inbox/unread-count", Map.class).get("count")).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> inbox(String userId, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (language != null) {
            headers.add(HttpHeaders.COOKIE, "wuxiao-lang=" + language);
        }
        ResponseEntity<Map> response = as(userId).exchange("/api/inbox?size=100", HttpMethod.GET,
                new HttpEntity<>(headers), Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static Map<String, Object> itemOf(Map<String, Object> page, String proposalId, String kind) {
        return items(page).stream().filter(i -> proposalId.equals(i.get("proposalId")) && kind.equals(i.get("kind")))
                .findFirst().orElse(null);
    }

    private Map<String, Object> awaitItem(String userId, String proposalId, String kind) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> itemOf(inbox(userId, null), proposalId, kind),
                item -> item != null);
    }
}
