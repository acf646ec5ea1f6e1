package com.wuxiao.infra.it;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Screening through the app's own API: the same Camunda tasks, the same rules, problem documents. */
class ScreeningApiTest extends IntegrationTestSupport {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private ManagementService managementService;

    @Test
    void coordinatorScreensTheirUnitsProposal() {
        String proposalId = submit("w1001", proposalBody("乳化液泵站自动配液"));
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingProposals("c1001").contains(proposalId));
        assertThat(pendingProposals("c2001")).doesNotContain(proposalId);

        ResponseEntity<Map> otherUnit = screen("c2001", proposalId, Map.of("outcome", "ACCEPT"));
        assertThat(otherUnit.getStatusCode().value()).isEqualTo(404);

        ResponseEntity<Map> noComment = screen("c1001", proposalId, Map.of("outcome", "RETURN"));
        assertThat(noComment.getStatusCode().value()).isEqualTo(400);
        assertThat(noComment.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(noComment.getBody()).containsEntry("field", "comment");
        assertThat(pendingProposals("c1001")).as("the task stays open").contains(proposalId);

        ResponseEntity<Map> accepted = screen("c1001", proposalId, Map.of("outcome", "ACCEPT", "comment", "同意"));
        assertThat(accepted.getStatusCode().value()).isEqualTo(204);
        awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        assertThat(pendingProposals("c1001")).doesNotContain(proposalId);
    }

    @Test
    void overdueScreeningIsEscalatedAndTheUnionOfficeMayScreen() {
        String proposalId = submit("w1001", proposalBody("主扇风机在线监测"));
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingProposals("c1001").contains(proposalId));
        assertThat(screen("leader", proposalId, Map.of("outcome", "ACCEPT")).getStatusCode().value())
                .as("not before escalation").isEqualTo(404);

        String reviewId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(proposalId)
                .singleResult().getId();
        Job overdue = managementService.createJobQuery().processInstanceId(reviewId).timers().singleResult();
        managementService.executeJob(overdue.getId());

        List<Map<String, Object>> leaders = as("leader").exchange("/api/screenings?size=100", HttpMethod.GET, null, LIST)
                .getBody();
        assertThat(leaders).filteredOn(s -> proposalId.equals(s.get("proposalId")))
                .singleElement().satisfies(s -> assertThat(s.get("escalated")).isEqualTo(true));
        assertThat(pendingProposals("c1001")).as("the coordinators still see it").contains(proposalId);

        assertThat(screen("leader", proposalId, Map.of("outcome", "REJECT", "rejectionReason", "OUT_OF_SCOPE"))
                .getStatusCode().value()).isEqualTo(204);
        Map<String, Object> detail = awaitProposalStatus("w1001", proposalId, "REJECTED");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) detail.get("history");
        assertThat(history).extracting(h -> h.get("action")).containsExactly("SUBMITTED", "ESCALATED", "REJECTED");
        assertThat(history.get(2).get("actorId")).isEqualTo("leader");
    }

    private List<String> pendingProposals(String userId) {
        return as(userId).exchange("/api/screenings?size=100", HttpMethod.GET, null, LIST).getBody().stream()
                .map(s -> (String) s.get("proposalId")).toList();
    }

    private ResponseEntity<Map> screen(String userId, String proposalId, Map<String, Object> decision) {
        return as(userId).postForEntity("/api/screenings/{id}", decision, Map.class, proposalId);
    }
}
