package com.wuxiao.infra.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home pages' work lists from Camunda's real tasks: a submitted proposal waits for screening in its
 * unit (review progress, the coordinator's summary and task list), and a week later its screening is
 * overdue.
 */
class WorkListsTest extends IntegrationTestSupport {

    @Autowired
    private AdjustableClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWaitingScreeningShowsInTheUnitsCountInTheCoordinatorsListsAndLaterAsOverdue() {
        Map<String, Object> before = progress();
        long zc1Before = unitCount(before, "ZC1");
        long jj2Before = unitCount(before, "JJ2");
        String proposalId = submit("w1001", proposalBody("乳化液泵站压力远程监视"));
        String taskId = (String) awaitTasksVisibleTo("c1001", proposalId).get(0).get("id");

        Map<String, Object> after = progress();
        assertThat(unitCount(after, "ZC1")).isEqualTo(zc1Before + 1);
        assertThat(unitCount(after, "JJ2")).as("another unit's count stays").isEqualTo(jj2Before);
        assertThat(((Number) after.get("pendingTotal")).longValue())
                .isEqualTo(((Number) before.get("pendingTotal")).longValue() + 1);
        Map<String, Object> zc1 = unit(after, "ZC1");
        assertThat(Instant.parse((String) zc1.get("oldestSubmittedAt"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(as("c1001").getForEntity("/api/review-progress", String.class).getStatusCode().value()).isEqualTo(403);

        // the coordinator's summary agrees with their list, which is oldest first
        List<Map<String, Object>> list = as("c1001").getForObject("/api/screenings?size=100", List.class);
        Map<String, Object> summary = as("c1001").getForObject("/api/screenings/summary", Map.class);
        assertThat(((Number) summary.get("count")).intValue()).isEqualTo(list.size());
        assertThat(summary.get("oldestSubmittedAt")).isEqualTo(list.get(0).get("created"));
        assertThat(list).extracting(s -> Instant.parse((String) s.get("created"))).isSorted();
        assertThat(list).extracting(s -> s.get("proposalId")).contains(proposalId);

        Map<String, Object> mine = myTask("c1001", taskId);
        assertThat(mine).containsEntry("processKey", "monthly-review").containsEntry("taskDefinitionKey", "screenProposal")
                .containsEntry("businessKey", proposalId).containsEntry("proposalId", proposalId)
                .containsEntry("overdue", false)
                .containsEntry("tasklistUrl", "/camunda/app/tasklist/default/#/?task=" + taskId);
        assertThat(myTask("w1001", taskId)).as("not the author's task").isNull();

        // screening is due within 7 days (product.md); a day later it is overdue
        clock.advance(Duration.ofDays(8));
        assertThat(myTask("c1001", taskId)).containsEntry("overdue", true);
        Map<String, Object> late = ((List<Map<String, Object>>) progress().get("overdueTasks")).stream()
                .filter(row -> "monthly-review".equals(row.get("processKey")) && "screenProposal".equals(row.get("taskDefinitionKey")))
                .findFirst().orElseThrow();
        assertThat(((Number) late.get("overdue")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(late.get("oldestDue")).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> progress() {
        return as("leader").getForObject("/api/review-progress", Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> unit(Map<String, Object> progress, String unitId) {
        return ((List<Map<String, Object>>) progress.get("pendingScreenings")).stream()
                .filter(u -> unitId.equals(u.get("unitId"))).findFirst().orElse(null);
    }

    private static long unitCount(Map<String, Object> progress, String unitId) {
        Map<String, Object> unit = unit(progress, unitId);
        return unit == null ? 0 : ((Number) unit.get("count")).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> myTask(String userId, String taskId) {
        List<Map<String, Object>> tasks = as(userId).getForObject("/api/tasks/mine", List.class);
        return tasks.stream().filter(t -> taskId.equals(t.get("taskId"))).findFirst().orElse(null);
    }
}
