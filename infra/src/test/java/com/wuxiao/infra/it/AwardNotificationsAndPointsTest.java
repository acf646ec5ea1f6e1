package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One proposal of w1001 (60 %) and w1002 (40 %), mentored by w2001, through a whole quarter of 2022
 * (a year no other test uses): accepted in May, appraised in 2022-Q2 by three reviewers, an objection
 * denied in publicity, finalised in June. Checked: the reviewers' and the union office's progress
 * while scoring, the inboxes of authors, mentor and objector, and the workers' own points and rewards
 * by month, quarter and year, all worked out here from product.md's default rules.
 */
class AwardNotificationsAndPointsTest extends AppraisalTestSupport {

    private static final int YEAR = 2022;
    private static final String ROUND = "2022-Q2";
    private static final List<String> PANEL = List.of("r0001", "r0003", "r0005");
    private static final String NOTE = "经核实不存在雷同";

    @Test
    @SuppressWarnings("unchecked")
    void aFirstPrizeReachesEveryoneItConcernsAndTheAuthorsPointsAddUpByPeriod() {
        // product.md's defaults: accepted +2, FIRST +20 … and FIRST ¥5,000
        clock.travelTo(shanghai(YEAR, 5, 10, 9));
        configureYear(YEAR, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));
        Map<String, Object> body = new HashMap<>(proposalBody("主运输皮带跑偏自动纠偏装置"));
        body.put("mentorId", "w2001");
        String proposalId = submit("w1001", body);
        accept("c1001", proposalId);
        awaitProposalStatus("leader", proposalId, "ACCEPTED");

        clock.travelTo(shanghai(YEAR, 6, 1, 9));
        String instance = openRound(YEAR, 2);
        namePanel(ROUND, String.join(", ", PANEL), 3);
        runContinuations(instance);

        // --- progress while scoring: the reviewer's own, and the union office's per member -----------
        Map<String, Object> r0001 = await().atMost(Duration.ofSeconds(20))
                .until(() -> as("r0001").getForObject("/api/scoring-tasks/mine", Map.class),
                        mine -> !((List<?>) mine.get("rounds")).isEmpty()
                                && ((Map<String, Object>) ((List<?>) mine.get("rounds")).get(0)).get("mine") != null);
        List<Map<String, Object>> r0001Tasks = (List<Map<String, Object>>) r0001.get("tasks");
        assertThat(r0001Tasks).hasSize(1);
        assertThat(r0001Tasks.get(0)).containsEntry("roundId", ROUND).containsEntry("proposalId", proposalId)
                .containsEntry("title", "主运输皮带跑偏自动纠偏装置")
                .containsEntry("tasklistUrl", "/camunda/app/tasklist/default/#/?task=" + r0001Tasks.get(0).get("taskId"));
        assertThat((Map<String, Object>) ((Map<String, Object>) ((List<?>) r0001.get("rounds")).get(0)).get("mine"))
                .containsEntry("scorerId", "r0001").containsEntry("progress", "0/1");
        assertThat((List<?>) as("w1001").getForObject("/api/scoring-tasks/mine", Map.class).get("tasks")).isEmpty();

        Map<String, Object> task = singleTask("r0001", ROUND, "scoreProposal");
        complete("r0001", task, scores(90, 85, 80, "可行"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> round = roundProgress();
            assertThat(round).containsEntry("done", 1).containsEntry("assigned", 3);
            assertThat((List<Map<String, Object>>) round.get("scorers"))
                    .extracting(s -> s.get("scorerId") + " " + s.get("progress"))
                    .containsExactlyInAnyOrder("r0001 1/1", "r0003 0/1", "r0005 0/1");
        });
        assertThat(as("w1001").getForEntity("/api/review-progress", String.class).getStatusCode().value()).isEqualTo(403);
        for (String reviewer : List.of("r0003", "r0005")) {
            complete(reviewer, singleTask(reviewer, ROUND, "scoreProposal"), scores(90, 85, 80, "可行"));
        }
        runContinuations(instance);

        // --- ranking, publicity with an objection denied, finalisation --------------------------------
        clock.travelTo(shanghai(YEAR, 6, 3, 10));
        complete("leader", singleTask("leader", ROUND, "approveRanking"), Map.of("rankingChecked", true));
        clock.travelTo(shanghai(YEAR, 6, 4, 10));
        ResponseEntity<String> objection = as("w3002").postForEntity("/api/appraisal-rounds/{id}/objections",
                Map.of("proposalId", proposalId, "reason", "与往年成果雷同"), String.class, ROUND);
        assertThat(objection.getStatusCode().value()).as(objection.getBody()).isEqualTo(201);
        complete("leader", awaitTasks("leader", ROUND, "decideObjection", 1).get(0),
                Map.of("objectionOutcome", "DENIED", "decisionNote", NOTE));
        clock.travelTo(shanghai(YEAR, 6, 9, 10));
        firePublicityTimer(instance);
        awaitProposalStatus("leader", proposalId, "AWARDED");

        // --- inboxes: weighted 0.40×90 + 0.35×85 + 0.25×80 = 85.75, alone in the round: rank 1, FIRST --
        Map<String, Object> appraised = awaitItem("w1001", proposalId, "APPRAISED");
        assertThat((Map<String, Object>) appraised.get("params")).containsEntry("grade", "FIRST")
                .containsEntry("finalScore", "85.75").containsEntry("rank", "1");
        assertThat((String) appraised.get("text")).contains("一等奖").contains("85.75");
        // ¥5,000 and 20 points split 60/40
        Map<String, Object> w1001Award = awaitItem("w1001", proposalId, "AWARDED");
        assertThat((Map<String, Object>) w1001Award.get("params")).containsEntry("grade", "FIRST")
                .containsEntry("rewardCny", "3000.00").containsEntry("points", "12.00").containsEntry("share", "60");
        assertThat((String) w1001Award.get("text")).contains("一等奖").contains("¥3000.00").contains("12.00");
        assertThat((Map<String, Object>) awaitItem("w1002", proposalId, "AWARDED").get("params"))
                .containsEntry("rewardCny", "2000.00").containsEntry("points", "8.00").containsEntry("share", "40");
        assertThat(kinds("w1001", proposalId)).containsExactlyInAnyOrder("ACCEPTED", "OBJECTION_DENIED", "APPRAISED", "AWARDED");
        // the mentor hears what the proposal goes through, but earns no share
        assertThat(kinds("w2001", proposalId)).containsExactlyInAnyOrder("ACCEPTED", "OBJECTION_DENIED", "APPRAISED");
        // the objector hears the decision of their objection, and nothing else of the proposal
        Map<String, Object> mine = awaitItem("w3002", proposalId, "MY_OBJECTION_DENIED");
        assertThat((Map<String, Object>) mine.get("params")).containsEntry("note", NOTE);
        assertThat(kinds("w3002", proposalId)).containsExactly("MY_OBJECTION_DENIED");
        assertThat((Map<String, Object>) itemOf("w1002", proposalId, "OBJECTION_DENIED").get("params"))
                .containsEntry("note", NOTE);

        // --- my points and rewards: accepted in May (+2 × 60 % = 1.20), FIRST in June (+20 × 60 % = 12.00, ¥3,000)
        Map<String, Object> year = points("w1001", "2022");
        assertThat(decimal(year.get("points"))).isEqualByComparingTo("13.20");
        assertThat(((Number) year.get("rewardFen")).longValue()).isEqualTo(300_000);
        List<Map<String, Object>> byMonth = (List<Map<String, Object>>) year.get("byMonth");
        assertThat(byMonth).hasSize(12).extracting(m -> m.get("month")).startsWith("2022-01").endsWith("2022-12");
        for (Map<String, Object> month : byMonth) {
            String key = (String) month.get("month");
            String expectedPoints = key.equals("2022-05") ? "1.20" : key.equals("2022-06") ? "12.00" : "0";
            long expectedReward = key.equals("2022-06") ? 300_000 : 0;
            assertThat(decimal(month.get("points"))).as(key).isEqualByComparingTo(expectedPoints);
            assertThat(((Number) month.get("rewardFen")).longValue()).as(key).isEqualTo(expectedReward);
        }
        assertThat(decimal(points("w1001", "2022-Q2").get("points"))).isEqualByComparingTo("13.20");
        assertThat((List<?>) points("w1001", "2022-Q2").get("byMonth")).as("the quarter's year, month by month")
                .isEqualTo(byMonth);
        assertThat(decimal(points("w1001", "2022-05").get("points"))).isEqualByComparingTo("1.20");
        assertThat(((Number) points("w1001", "2022-05").get("rewardFen")).longValue()).isZero();
        assertThat(decimal(points("w1001", "2022-06").get("points"))).isEqualByComparingTo("12.00");
        assertThat(decimal(points("w1001", "2022-Q3").get("points"))).isEqualByComparingTo("0");
        // w1002: 2 × 40 % + 20 × 40 % = 0.80 + 8.00; ¥2,000
        Map<String, Object> w1002 = points("w1002", "2022");
        assertThat(decimal(w1002.get("points"))).isEqualByComparingTo("8.80");
        assertThat(((Number) w1002.get("rewardFen")).longValue()).isEqualTo(200_000);
        assertThat(decimal(points("w2001", "2022").get("points"))).as("the mentor is no author").isEqualByComparingTo("0");

        // --- the award's one notification per author is rebuilt the same ---------------------------
        Object before = as("w1001").getForObject("/api/inbox?size=100", Object.class);
        replay("inbox-projection");
        assertThat(as("w1001").getForObject("/api/inbox?size=100", Object.class)).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> roundProgress() {
        Map<String, Object> progress = as("leader").getForObject("/api/review-progress", Map.class);
        return ((List<Map<String, Object>>) progress.get("rounds")).stream()
                .filter(r -> ROUND.equals(r.get("roundId"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> points(String worker, String period) {
        return as(worker).getForObject("/api/workers/me/points?period={p}", Map.class, period);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String userId) {
        return (List<Map<String, Object>>) as(userId).getForObject("/api/inbox?size=100", Map.class).get("items");
    }

    private List<Object> kinds(String userId, String proposalId) {
        return items(userId).stream().filter(i -> proposalId.equals(i.get("proposalId"))).map(i -> i.get("kind")).toList();
    }

    private Map<String, Object> itemOf(String userId, String proposalId, String kind) {
        return items(userId).stream().filter(i -> proposalId.equals(i.get("proposalId")) && kind.equals(i.get("kind")))
                .findFirst().orElse(null);
    }

    private Map<String, Object> awaitItem(String userId, String proposalId, String kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> itemOf(userId, proposalId, kind), i -> i != null);
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
