package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Submission to screening, end to end through HTTP, Camunda's task API and the projection. */
class MonthlyReviewIntegrationTest extends IntegrationTestSupport {

    @Test
    void acceptedProposalShowsInTheProjectionWithItsHistory() {
        String proposalId = submit("w1001", proposalBody("链条自动张紧装置"));

        List<Map<String, Object>> tasks = awaitTasksVisibleTo("c1001", proposalId);
        assertThat(tasks).hasSize(1);
        assertThat(tasksVisibleTo("c2001", proposalId))
                .as("a coordinator of another unit does not see the screening task").isEmpty();
        assertThat(tasksVisibleTo("w1002", proposalId)).as("a worker does not see it").isEmpty();
        String taskId = (String) tasks.get(0).get("id");
        assertThat(as("c2001").getForEntity("/engine-rest/task/{id}", String.class, taskId).getStatusCode().value())
                .as("nor can the other unit's coordinator open it").isIn(403, 404);

        ResponseEntity<String> completion = completeTask("c1001", taskId,
                Map.of("outcome", "ACCEPT", "comment", "效益明显"));
        assertThat(completion.getStatusCode().value()).as(completion.getBody()).isEqualTo(204);

        Map<String, Object> detail = awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        assertThat(detail.get("unitId")).isEqualTo("ZC1");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) detail.get("history");
        assertThat(history).extracting(h -> h.get("status")).containsExactly("SUBMITTED", "ACCEPTED");
        assertThat(history.get(1).get("actorId")).isEqualTo("c1001");
        assertThat(tasksVisibleTo("c1001", proposalId)).isEmpty();
    }

    @Test
    void aRejectedCommandRollsTheTaskCompletionBack() {
        String proposalId = submit("w1001", proposalBody("巷道照明节能改造"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        long eventsBefore = eventCount(proposalId);

        // RETURN without a comment breaks a rule of the aggregate, so the whole completion fails.
        ResponseEntity<String> completion = completeTask("c1001", taskId, Map.of("outcome", "RETURN"));

        // Camunda's REST API answers with our problem document, not its generic 500.
        assertThat(completion.getStatusCode().value()).as(completion.getBody()).isEqualTo(400);
        assertThat(completion.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(completion.getBody()).contains("urn:wuxiao:problem:").contains("\"field\":\"comment\"");
        assertThat(tasksVisibleTo("c1001", proposalId)).extracting(t -> t.get("id")).containsExactly(taskId);
        assertThat(eventCount(proposalId)).isEqualTo(eventsBefore);
        // the read side may not have the declaration yet (another processor than the review's): wait
        // for it, and it is still SUBMITTED (the event count above shows nothing else was recorded)
        awaitProposalStatus("w1001", proposalId, "SUBMITTED");
    }

    @Test
    void aCoordinatorOfAnotherUnitCannotCompleteTheTask() {
        String proposalId = submit("w1001", proposalBody("液压支架立柱防护套"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        long eventsBefore = eventCount(proposalId);

        ResponseEntity<String> completion = completeTask("c2001", taskId, Map.of("outcome", "ACCEPT"));

        assertThat(completion.getStatusCode().value()).isIn(403, 404);
        assertThat(tasksVisibleTo("c1001", proposalId)).extracting(t -> t.get("id")).containsExactly(taskId);
        assertThat(eventCount(proposalId)).isEqualTo(eventsBefore);
    }

    @Test
    void returnedProposalIsRevisedAndScreenedAgain() {
        String proposalId = submit("w1001", proposalBody("风门自动闭锁"));
        String firstTask = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        assertThat(completeTask("c1001", firstTask, Map.of("outcome", "RETURN", "comment", "请补充成本测算"))
                .getStatusCode().value()).isEqualTo(204);
        awaitProposalStatus("w1001", proposalId, "RETURNED");

        Map<String, Object> revision = new java.util.HashMap<>(proposalBody("风门自动闭锁（修订）"));
        revision.put("basedOnRevision", 1);
        assertThat(as("w1001").exchange("/api/proposals/{id}", org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(revision), String.class, proposalId)
                .getStatusCode().value()).isEqualTo(204);

        // A second edit based on the same, now stale, revision is refused and changes nothing.
        long eventsBefore = eventCount(proposalId);
        ResponseEntity<String> stale = as("w1001").exchange("/api/proposals/{id}", org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(revision), String.class, proposalId);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(eventCount(proposalId)).isEqualTo(eventsBefore);

        String secondTask = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");
        assertThat(secondTask).isNotEqualTo(firstTask);
        assertThat(completeTask("c1001", secondTask, Map.of("outcome", "ACCEPT")).getStatusCode().value())
                .isEqualTo(204);
        Map<String, Object> detail = awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        assertThat(detail.get("title")).isEqualTo("风门自动闭锁（修订）");
        assertThat(detail.get("revision")).isEqualTo(2);
    }
}
