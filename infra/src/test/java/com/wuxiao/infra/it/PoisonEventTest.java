package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection handler that fails on one proposal's event parks that proposal's sequence (the event
 * and the proposal's later ones) while the other proposals go on; the administrator's retry
 * (`POST /api/admin/dead-letters/retry`) then hands the parked events over in their order. The
 * poison: a check constraint that refuses only this proposal's return in the proposal projection.
 */
class PoisonEventTest extends AppraisalTestSupport {

    private static final String GROUP = "proposal-projection";

    @Test
    void oneProposalsFailingEventIsParkedWithItsLaterOnes_theOthersGoOn_andTheRetryKeepsTheirOrder() {
        String poisoned = submit("w1001", proposalBody("采煤机喷雾降尘改造"));
        String other = submit("w1002", proposalBody("皮带机头清扫器改进"));
        await().atMost(Duration.ofSeconds(20)).until(() -> historyOf(poisoned).size() == 1 && historyOf(other).size() == 1);
        jdbc.sql("ALTER TABLE proposal_view ADD CONSTRAINT poison_event_test CHECK (id <> '" + poisoned
                 + "' OR status <> 'RETURNED')").update();
        try {
            String task = (String) awaitTasksVisibleTo("c1001", poisoned).get(0).get("id");
            assertThat(completeTask("c1001", task, Map.of("outcome", "RETURN", "comment", "请补充喷雾压力数据"))
                    .getStatusCode().value()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(20)).until(() -> parked(poisoned) == 1);

            Map<String, Object> revision = new HashMap<>(proposalBody("采煤机喷雾降尘改造（补充压力数据）"));
            revision.put("basedOnRevision", 1);
            assertThat(as("w1001").exchange("/api/proposals/{id}", HttpMethod.PUT, new HttpEntity<>(revision),
                    String.class, poisoned).getStatusCode().value()).isEqualTo(204);
            accept("c1001", other);

            // The other proposal goes on; the poisoned one's revision waits behind its return.
            awaitProposalStatus("w1002", other, "ACCEPTED");
            await().atMost(Duration.ofSeconds(20)).until(() -> parked(poisoned) == 2);
            assertThat(historyOf(poisoned)).containsExactly("SUBMITTED");
            assertThat(parked(other)).isZero();
        } finally {
            jdbc.sql("ALTER TABLE proposal_view DROP CONSTRAINT poison_event_test").update();
        }

        ResponseEntity<Map> retried = as("admin").postForEntity("/api/admin/dead-letters/retry?group={group}", null,
                Map.class, GROUP);
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat((Map<String, Object>) retried.getBody().get("handled")).containsOnlyKeys(GROUP);

        assertThat(parked(poisoned)).isZero();
        assertThat(historyOf(poisoned)).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED");
        assertThat(proposal("w1001", poisoned).get("title")).isEqualTo("采煤机喷雾降尘改造（补充压力数据）");
    }

    @Test
    void aRetryOfAnUnknownGroupIsNotFound_andOnlyTheAdministratorMayRetry() {
        ResponseEntity<Map> unknown = as("admin").postForEntity("/api/admin/dead-letters/retry?group=nope", null,
                Map.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).containsEntry("code", "processing-group-not-found");
        assertThat(as("leader").postForEntity("/api/admin/dead-letters/retry", null, Map.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    /** The statuses of the proposal's history rows in the order of its events. */
    private List<String> historyOf(String proposalId) {
        return jdbc.sql("SELECT status FROM proposal_history_view WHERE proposal_id = :id ORDER BY seq")
                .param("id", proposalId).query(String.class).list();
    }

    private long parked(String proposalId) {
        return jdbc.sql("SELECT count(*) FROM deadletterentry WHERE processinggroup = :group AND aggregateidentifier = :id")
                .param("group", GROUP).param("id", proposalId).query(Long.class).single();
    }
}
