package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Duplicate candidates end to end: stored by their projection at declaration and revision,
 * read by GET /api/proposals/{id}, shown on the screening form once a coordinator claims the task,
 * and rebuilt the same by a replay.
 */
class DuplicateCandidatesTest extends IntegrationTestSupport {

    /** Problem and solution of each test's pair: unlike each other and unlike {@link #proposalBody}'s. */
    private static final String[] ROOF = {"顶板离层仪读数靠人工巡检记录，发现异常滞后，",
            "采用位移传感器实时采集离层量，超限时就地声光报警并上传调度室，"};
    private static final String[] PROPS = {"支架立柱内泄漏难以察觉，常在降架后才发现，",
            "在进液口串接微流量计与保压阀，数分钟内判定是否漏液，"};

    @Test
    @SuppressWarnings("unchecked")
    void theLaterProposalShowsTheEarlierOneOnItsPageAndOnItsClaimedScreeningForm() {
        String token = UUID.randomUUID().toString();
        String earlier = submit("w1001", body("采空区束管监测预警装置", ROOF, token));
        String later = submit("w1001", body("采空区束管监测预警装置的研制", ROOF, token));

        List<Map<String, Object>> candidates = awaitCandidates(later, found -> !found.isEmpty());
        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate).containsEntry("proposalId", earlier).containsEntry("title", "采空区束管监测预警装置");
            assertThat(candidate.get("similarityPercent")).isEqualTo(100);
        });
        assertThat(candidatesOf(earlier)).as("a later proposal is no candidate of an earlier one").isEmpty();

        String taskId = (String) awaitTasksVisibleTo("c1001", later).get(0).get("id");
        assertThat(duplicatesText(taskId)).as("before the claim").contains("认领任务后显示");
        assertThat(as("c1001").postForEntity("/engine-rest/task/{id}/claim", Map.of("userId", "c1001"), String.class,
                taskId).getStatusCode().value()).isEqualTo(204);
        assertThat(duplicatesText(taskId)).isEqualTo(earlier + " 《采空区束管监测预警装置》 相似度 similarity 100%");

        Map<String, Object> detailBefore = proposal("w1001", later);
        replay("proposal-duplicates");
        assertThat(proposal("w1001", later)).as("rebuilt by a replay").isEqualTo(detailBefore);
    }

    @Test
    void aRevisionOfTheEarlierProposalTakesItOffTheLaterOnesCandidates() {
        String token = UUID.randomUUID().toString();
        String earlier = submit("w1001", body("液压支架立柱漏液快速检测仪", PROPS, token));
        String later = submit("w1001", body("液压支架立柱漏液快速检测仪改进型", PROPS, token));
        awaitCandidates(later, found -> found.size() == 1);
        String task = (String) awaitTasksVisibleTo("c1001", earlier).get(0).get("id");
        assertThat(completeTask("c1001", task, Map.of("outcome", "RETURN", "comment", "请换个思路"))
                .getStatusCode().value()).isEqualTo(204);
        awaitProposalStatus("w1001", earlier, "RETURNED");

        Map<String, Object> revision = new HashMap<>(body("采区变电所无人值守巡检系统",
                new String[] {"变电所需专人值守，夜班巡检不及时。", "加装视频与温度传感器，远程巡检并自动报警。"},
                UUID.randomUUID().toString()));
        revision.put("basedOnRevision", 1);
        assertThat(as("w1001").exchange("/api/proposals/{id}", HttpMethod.PUT, new HttpEntity<>(revision), String.class,
                earlier).getStatusCode().value()).isEqualTo(204);

        assertThat(awaitCandidates(later, List::isEmpty)).isEmpty();
        assertThat(jdbc.sql("select count(*) from proposal_duplicate_view where candidate_id = ?").param(earlier)
                .query(Long.class).single()).isZero();
    }

    /** {@link #proposalBody}'s shape with the given text, the same for every proposal given {@code token}. */
    private static Map<String, Object> body(String title, String[] text, String token) {
        Map<String, Object> body = new HashMap<>(proposalBody(title));
        body.put("problem", text[0] + token);
        body.put("solution", text[1] + token);
        return body;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> candidatesOf(String proposalId) {
        return (List<Map<String, Object>>) proposal("w1001", proposalId).get("duplicateCandidates");
    }

    private List<Map<String, Object>> awaitCandidates(String proposalId,
                                                      java.util.function.Predicate<List<Map<String, Object>>> done) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            Map<String, Object> detail = proposal("w1001", proposalId);
            return detail == null ? null : candidatesOf(proposalId);
        }, found -> found != null && done.test(found));
    }

    @SuppressWarnings("unchecked")
    private String duplicatesText(String taskId) {
        Map<String, Map<String, Object>> variables = as("c1001").getForObject(
                "/engine-rest/task/{id}/form-variables", Map.class, taskId);
        return (String) variables.get("duplicatesText").get("value");
    }
}
