package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role's section of the home page lists what the API holds for that user. */
class HomePageTest extends IntegrationTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void aWorkerFindsTheirDraftsToContinue() {
        Map<String, Object> body = new java.util.HashMap<>(proposalBody("草稿：掘进机截割部防尘罩"));
        String draftId = (String) as("w1002").postForEntity("/api/drafts", body, Map.class).getBody().get("id");

        String home = as("w1002").getForObject("/", String.class);
        assertThat(section(home, "my-drafts")).contains("/proposals/new?draft=" + draftId, "草稿：掘进机截割部防尘罩");
        assertThat(as("w1001").getForObject("/", String.class)).as("another worker's home")
                .doesNotContain(draftId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReviewerSeesTheirScoringTasksAndProgress() {
        Map<String, Object> mine = as("r0001").getForObject("/api/scoring-tasks/mine", Map.class);
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) mine.get("tasks");
        String home = as("r0001").getForObject("/", String.class);
        assertThat(home).contains("<h2>我的评分任务</h2>");
        if (tasks.isEmpty()) {
            assertThat(home).contains("没有待评分的申报。");
        } else {
            assertThat(count(section(home, "scoring-tasks"), "<li")).isEqualTo(Math.min(10, tasks.size()));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProductionOwnerSeesTheirConversionsAndOpenTasks() {
        Map<String, Object> conversions = as("owner").getForObject("/api/conversions?size=10", Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) conversions.get("items");
        List<Map<String, Object>> tasks = as("owner").getForObject("/api/tasks/mine", List.class);
        String home = as("owner").getForObject("/", String.class);
        assertThat(home).contains("<h2>成果转化</h2>", "<h2>我的任务</h2>");
        items.forEach(c -> assertThat(home).contains("/proposals/" + c.get("proposalId")));
        if (items.isEmpty()) {
            assertThat(home).contains("暂无移交给我或本单位的成果。");
        }
        if (tasks.isEmpty()) {
            assertThat(home).contains("没有待办任务。");
        } else {
            assertThat(count(section(home, "open-tasks"), "<li")).isEqualTo(Math.min(10, tasks.size()));
        }
    }

    /** The element with this id, up to the end of its list. */
    private static String section(String html, String id) {
        Matcher start = Pattern.compile("id=\"" + id + "\"").matcher(html);
        assertThat(start.find()).as("#%s on the page", id).isTrue();
        int end = html.indexOf("</ol>", start.end());
        int endUl = html.indexOf("</ul>", start.end());
        return html.substring(start.end(), endUl >= 0 && (end < 0 || endUl < end) ? endUl : end);
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }
}
