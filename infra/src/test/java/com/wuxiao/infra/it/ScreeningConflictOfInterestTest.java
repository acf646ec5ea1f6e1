package com.wuxiao.infra.it;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conflict of interest at screening, through Camunda's REST API and ours: a coordinator who
 * co-authors a proposal of their unit neither sees its screening task nor can complete it; the task
 * goes to the unit's other coordinator (ZC1: c1001 and c1002) or, in a unit with one coordinator
 * (JDK: c3001), to the union office.
 */
class ScreeningConflictOfInterestTest extends IntegrationTestSupport {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private ManagementService managementService;

    @Test
    void aCoAuthoringCoordinatorIsPassedOverForTheUnitsOtherCoordinator() {
        String proposalId = submit("w1001", proposal("ZC1", "w1001", "c1001", "掘进机截割头冷却改进"));

        String taskId = (String) awaitTasksVisibleTo("c1002", proposalId).get(0).get("id");
        assertNotScreenableBy("c1001", proposalId, taskId);
        assertThat(tasksVisibleTo("leader", proposalId)).as("not the union office before escalation").isEmpty();

        // Overdue: the union office joins the untied coordinator; the tied one stays out.
        escalate(proposalId);
        String escalatedId = (String) awaitTasksVisibleTo("c1002", proposalId).get(0).get("id");
        assertThat(escalatedId).isNotEqualTo(taskId);
        assertThat(tasksVisibleTo("leader", proposalId)).extracting(t -> t.get("id")).containsExactly(escalatedId);
        assertNotScreenableBy("c1001", proposalId, escalatedId);

        ResponseEntity<String> completion = completeTask("c1002", escalatedId, Map.of("outcome", "ACCEPT"));
        assertThat(completion.getStatusCode().value()).as(completion.getBody()).isEqualTo(204);
        Map<String, Object> detail = awaitProposalStatus("w1001", proposalId, "ACCEPTED");
        assertThat(lastActor(detail)).isEqualTo("c1002");
    }

    @Test
    void theOnlyCoordinatorCoAuthorsSoTheUnionOfficeScreensAtOnce() {
        String proposalId = submit("w3001", proposal("JDK", "w3001", "c3001", "变频器散热风道改造"));

        String taskId = (String) awaitTasksVisibleTo("leader", proposalId).get(0).get("id");
        assertNotScreenableBy("c3001", proposalId, taskId);

        ResponseEntity<String> completion = completeTask("leader", taskId,
                Map.of("outcome", "RETURN", "comment", "请补充散热测试数据"));
        assertThat(completion.getStatusCode().value()).as(completion.getBody()).isEqualTo(204);
        Map<String, Object> detail = awaitProposalStatus("w3001", proposalId, "RETURNED");
        assertThat(lastActor(detail)).isEqualTo("leader");
    }

    @Test
    void aCoordinatorWithoutTiesStillScreensThroughTheUnitsGroup() {
        String proposalId = submit("w3001", proposal("JDK", "w3001", "w3002", "电缆接头温升监测"));

        assertThat(awaitTasksVisibleTo("c3001", proposalId)).hasSize(1);
        assertThat(tasksVisibleTo("leader", proposalId)).isEmpty();
    }

    /** Invisible in Camunda's task list and ours, and neither API lets them complete it. */
    private void assertNotScreenableBy(String userId, String proposalId, String taskId) {
        long eventsBefore = eventCount(proposalId);
        assertThat(tasksVisibleTo(userId, proposalId)).as(userId + " does not see the task").isEmpty();
        assertThat(as(userId).getForEntity("/engine-rest/task/{id}", String.class, taskId).getStatusCode().value())
                .as(userId + " cannot open it").isIn(403, 404);
        assertThat(completeTask(userId, taskId, Map.of("outcome", "ACCEPT")).getStatusCode().value())
                .as(userId + " cannot complete it").isIn(403, 404);
        assertThat(as(userId).exchange("/api/screenings?size=100", HttpMethod.GET, null, LIST).getBody())
                .extracting(s -> s.get("proposalId")).doesNotContain(proposalId);
        assertThat(as(userId).postForEntity("/api/screenings/{id}", Map.of("outcome", "ACCEPT"), String.class,
                proposalId).getStatusCode().value()).isEqualTo(404);
        assertThat(eventCount(proposalId)).as("nothing was screened").isEqualTo(eventsBefore);
        awaitProposalStatus("leader", proposalId, "SUBMITTED");
    }

    private void escalate(String proposalId) {
        String reviewId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(proposalId)
                .singleResult().getId();
        Job overdue = managementService.createJobQuery().processInstanceId(reviewId).timers().singleResult();
        managementService.executeJob(overdue.getId());
    }

    /** A proposal of two workers of the unit, 60 % and 40 %, submitted by the first. */
    private static Map<String, Object> proposal(String unitId, String first, String second, String title) {
        Map<String, Object> body = new HashMap<>(proposalBody(title));
        body.put("unitId", unitId);
        body.put("authors", List.of(Map.of("workerId", first, "share", 60), Map.of("workerId", second, "share", 40)));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Object lastActor(Map<String, Object> detail) {
        List<Map<String, Object>> history = (List<Map<String, Object>>) detail.get("history");
        return history.get(history.size() - 1).get("actorId");
    }
}
