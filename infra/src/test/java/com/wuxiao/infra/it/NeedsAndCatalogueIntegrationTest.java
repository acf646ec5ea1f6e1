package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pull side of conversion (product.md §8), as the people would do it through our HTTP API and
 * Camunda's REST task API, in the competition year 2017: JJ2's production owner publishes a need, a
 * worker of ZC1 answers it, the answer is awarded in 2017-Q1, the owner finds it in the catalogue and
 * requests it, the union office accepts (a first acceptance with dates out of order is refused and
 * leaves the request pending: one transaction), and the handover's conversion process gives the
 * owner the trial task; the owner adopts the result and gives feedback, which the result's page shows.
 * A promotion meeting's interest becomes a request of the interested owner's unit, which the union
 * office declines with a reason.
 */
class NeedsAndCatalogueIntegrationTest extends AppraisalTestSupport {

    private static final int YEAR = 2017;
    /** A word no other test's proposal has, to find this test's results in the catalogue. */
    private static final String MARK = "纠偏" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    @SuppressWarnings("unchecked")
    void aNeedIsAnsweredAwardedRequestedAndHandedOver() {
        clock.travelTo(shanghai(YEAR, 2, 6, 9));
        configureYear(YEAR, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));

        // --- the need and its answers ---------------------------------------------------------------
        Map<String, Object> need = new HashMap<>(Map.of("title", "主运皮带跑偏", "problem",
                "主运皮带机经常跑偏，每班需人工调整三次。", "categoryCode", "JDYS", "deadline", "2017-02-28",
                "rewardNote", "解决者另奖 2000 元"));
        ResponseEntity<Map> published = as("owner2").postForEntity("/api/needs", need, Map.class);
        assertThat(published.getStatusCode().value()).as(String.valueOf(published.getBody())).isEqualTo(201);
        String needId = (String) published.getBody().get("needId");
        need.put("unitId", "JJ2");
        assertThat(as("owner").postForEntity("/api/needs", need, Map.class).getStatusCode().value())
                .as("an owner publishes for their own unit only").isEqualTo(403);

        Map<String, Object> listed = await().atMost(Duration.ofSeconds(20)).until(
                () -> needInList("w1001", needId), n -> n != null);
        assertThat(listed).containsEntry("unitId", "JJ2").containsEntry("answerable", true)
                .containsEntry("closed", false).containsEntry("answers", 0);

        Map<String, Object> answer = new HashMap<>(proposalBody("皮带机自动" + MARK + "装置"));
        answer.put("needId", needId);
        String answering = submit("w1001", answer);
        String other = submit("w2001", body(1, new Team("w2001", "JJ2", shares("w2001", 100), null), "JDYS"));
        Map<String, Object> unknownNeed = new HashMap<>(proposalBody("响应不存在的需求"));
        unknownNeed.put("needId", "NEED-nope");
        ResponseEntity<Map> refused = as("w1001").postForEntity("/api/proposals", unknownNeed, Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("field", "needId");

        Map<String, Object> detail = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("w2001").getForObject("/api/needs/{id}", Map.class, needId),
                d -> ((List<?>) d.get("answers")).size() == 1);
        assertThat((List<Map<String, Object>>) detail.get("answers")).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("proposalId", answering).containsEntry("status", "SUBMITTED"));

        // --- awarded in 2017-Q1 ---------------------------------------------------------------------
        clock.travelTo(shanghai(YEAR, 3, 1, 9));
        accept("c1001", answering);
        accept("c2001", other);
        awaitProposalStatus("leader", answering, "ACCEPTED");
        awaitProposalStatus("leader", other, "ACCEPTED");
        awardInFirstQuarter(YEAR, Map.of(answering, 85, other, 70));
        // every score of a proposal is q on each criterion, so its weighted and final scores are q
        Map<String, String> grades = WrittenRules.grades(Map.of(answering, new BigDecimal("85.00"),
                other, new BigDecimal("70.00")));
        assertThat(awaitProposalStatus("leader", answering, "AWARDED")).containsEntry("grade", grades.get(answering));

        Map<String, Object> answered = await().atMost(Duration.ofSeconds(20)).until(
                () -> ((List<Map<String, Object>>) as("owner2").getForObject("/api/needs/{id}", Map.class, needId)
                        .get("answers")).get(0), a -> "AWARDED".equals(a.get("status")));
        assertThat(answered).containsEntry("grade", grades.get(answering));

        // past the deadline the need takes no answer; the owner closes it as solved
        assertThat(as("owner2").postForEntity("/api/needs/{id}/closure", Map.of("solved", true, "note", "已由申报解决"),
                Void.class, needId).getStatusCode().value()).isEqualTo(204);
        ResponseEntity<Map> late = as("w1001").postForEntity("/api/proposals", answer, Map.class);
        assertThat(late.getStatusCode().value()).isEqualTo(409);

        // --- the catalogue ---------------------------------------------------------------------------
        Map<String, Object> page = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("owner2").getForObject("/api/catalogue?text={t}&year={y}", Map.class, MARK, YEAR),
                p -> ((Number) p.get("total")).intValue() == 1);
        assertThat((List<Map<String, Object>>) page.get("items")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("proposalId", answering).containsEntry("grade", grades.get(answering))
                .containsEntry("categoryCode", "JDYS").containsEntry("adoptions", 0));
        assertThat(as("owner2").getForObject("/api/catalogue?text={t}&type=DESIGN", Map.class, MARK))
                .containsEntry("total", 0);
        assertThat(as("owner2").getForObject("/api/catalogue?text={t}&unitId=ZC1&categoryCode=JDYS", Map.class, MARK))
                .containsEntry("total", 1);

        // --- request, a refused acceptance, the acceptance and the handover --------------------------
        clock.travelTo(shanghai(YEAR, 4, 3, 9));
        ResponseEntity<Map> requested = as("owner2").postForEntity("/api/result-requests",
                Map.of("proposalId", answering, "note", "二号皮带巷也有此问题"), Map.class);
        assertThat(requested.getStatusCode().value()).as(String.valueOf(requested.getBody())).isEqualTo(201);
        String requestId = (String) requested.getBody().get("requestId");
        assertThat(requestId).isEqualTo("REQ-" + answering + "-JJ2");
        assertThat(as("owner2").postForEntity("/api/result-requests", Map.of("proposalId", answering), Map.class)
                .getStatusCode().value()).as("requested already").isEqualTo(409);
        String notAwarded = submit("w1001", proposalBody("尚未评审的申报"));
        assertThat(as("owner2").postForEntity("/api/result-requests", Map.of("proposalId", notAwarded), Map.class)
                .getStatusCode().value()).as("not an awarded result").isEqualTo(409);

        Map<String, Object> pending = await().atMost(Duration.ofSeconds(20)).until(
                () -> requestRow("leader", requestId), r -> r != null);
        assertThat(pending).containsEntry("status", "PENDING").containsEntry("ownerId", "owner2")
                .containsEntry("unitId", "JJ2").containsEntry("resultUnitId", "ZC1");
        assertThat(requestRow("owner3", requestId)).as("another owner's request").isNull();

        long requestEvents = eventCount(requestId);
        ResponseEntity<Map> badDates = as("leader").postForEntity("/api/result-requests/{id}/acceptance",
                Map.of("trialStart", "2017-05-01", "trialEnd", "2017-04-20", "adoptionDecision", "2017-06-01"),
                Map.class, requestId);
        assertThat(badDates.getStatusCode().value()).as(String.valueOf(badDates.getBody())).isEqualTo(400);
        assertThat(eventCount(requestId)).as("the refused handover undid the acceptance").isEqualTo(requestEvents);

        ResponseEntity<Map> accepted = as("leader").postForEntity("/api/result-requests/{id}/acceptance",
                Map.of("trialStart", "2017-04-10", "trialEnd", "2017-05-20", "adoptionDecision", "2017-06-01"),
                Map.class, requestId);
        assertThat(accepted.getStatusCode().value()).as(String.valueOf(accepted.getBody())).isEqualTo(201);
        String conversionId = "CONV-" + answering + "-JJ2";
        assertThat(accepted.getBody()).containsEntry("conversionId", conversionId);
        assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> requestRow("owner2", requestId),
                r -> "ACCEPTED".equals(r.get("status")))).containsEntry("conversionId", conversionId);

        // the conversion process gives the owner their first task
        clock.travelTo(shanghai(YEAR, 4, 10, 9));
        conversionTask("owner2", conversionId, "startTrial", Map.of("trialStartedOn", "2017-04-10"));
        clock.travelTo(shanghai(YEAR, 5, 20, 9));
        conversionTask("owner2", conversionId, "endTrial", Map.of("trialEndedOn", "2017-05-20", "trialSummary", "试用正常"));
        clock.travelTo(shanghai(YEAR, 5, 25, 9));
        conversionTask("owner2", conversionId, "decideAdoption", Map.of("decision", "ADOPT"));
        clock.travelTo(shanghai(YEAR, 6, 5, 9));
        assertThat(as("owner2").postForEntity("/api/conversions/{id}/feedback",
                Map.of("worked", "跑偏调整由每班三次降到每周一次", "changed", "托辊支架加长 5 cm"), Void.class, conversionId)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(as("owner3").postForEntity("/api/conversions/{id}/feedback", Map.of("worked", "不是我的"),
                Void.class, conversionId).getStatusCode().value()).as("not the adopter").isEqualTo(403);

        Map<String, Object> result = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("w2001").getForObject("/api/catalogue/{id}", Map.class, answering),
                // the feedback and the adoption come through two projections: both have caught up
                r -> !((List<?>) r.get("feedback")).isEmpty()
                        && Integer.valueOf(1).equals(((Map<?, ?>) r.get("entry")).get("adoptions")));
        assertThat((Map<String, Object>) result.get("entry")).containsEntry("adoptions", 1);
        assertThat((List<Map<String, Object>>) result.get("conversions")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("receivingUnitId", "JJ2").containsEntry("status", "ADOPTED"));
        assertThat((List<Map<String, Object>>) result.get("feedback")).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("worked", "跑偏调整由每班三次降到每周一次")
                        .containsEntry("changed", "托辊支架加长 5 cm").containsEntry("givenBy", "owner2"));
        assertThat(as("w2001").getForEntity("/api/catalogue/{id}", Map.class, notAwarded).getStatusCode().value())
                .isEqualTo(404);

        // --- a promotion meeting's interest becomes a request, declined with a reason -----------------
        ResponseEntity<Map> meeting = as("leader").postForEntity("/api/promotion-meetings", Map.of(
                "title", "2017 年第二季度成果推介会", "heldOn", "2017-06-08", "place", "公司三楼会议室",
                "proposalIds", List.of(answering, other), "invitedOwnerIds", List.of("owner3", "owner4")), Map.class);
        assertThat(meeting.getStatusCode().value()).as(String.valueOf(meeting.getBody())).isEqualTo(201);
        String meetingId = (String) meeting.getBody().get("meetingId");
        Map<String, Object> interest = Map.of("interests", List.of(Map.of("ownerId", "owner3", "proposalId", other)));
        assertThat(as("leader").postForEntity("/api/promotion-meetings/{id}/interest", interest, Map.class, meetingId)
                .getStatusCode().value()).as("before the meeting").isEqualTo(409);
        clock.travelTo(shanghai(YEAR, 6, 8, 17));
        ResponseEntity<Map> recorded = as("leader").postForEntity("/api/promotion-meetings/{id}/interest", interest,
                Map.class, meetingId);
        assertThat(recorded.getStatusCode().value()).as(String.valueOf(recorded.getBody())).isEqualTo(200);
        String meetingRequest = "REQ-" + other + "-JDK";
        assertThat((List<String>) recorded.getBody().get("requestIds")).containsExactly(meetingRequest);
        assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> requestRow("owner3", meetingRequest),
                r -> r != null)).containsEntry("meetingId", meetingId).containsEntry("status", "PENDING");
        assertThat(await().atMost(Duration.ofSeconds(20)).until(
                () -> as("owner3").getForObject("/api/promotion-meetings/{id}", Map.class, meetingId),
                m -> m.get("interests") != null).get("interests")).asList().hasSize(1);
        assertThat(as("owner2").getForEntity("/api/promotion-meetings/{id}", Map.class, meetingId)
                .getStatusCode().value()).as("not invited").isEqualTo(404);

        assertThat(as("leader").postForEntity("/api/result-requests/{id}/decline", Map.of("reason", "该单位暂无适用工作面"),
                Void.class, meetingRequest).getStatusCode().value()).isEqualTo(204);
        assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> requestRow("owner3", meetingRequest),
                r -> "DECLINED".equals(r.get("status")))).containsEntry("declineReason", "该单位暂无适用工作面");

        // a unit does not request what the union office handed over to it without a request
        ResponseEntity<Map> direct = as("leader").postForEntity("/api/conversions", Map.of("proposalId", answering,
                "receivingUnitId", "ZC1", "ownerId", "owner", "planned", Map.of("trialStart", "2017-06-20",
                        "trialEnd", "2017-07-20", "adoptionDecision", "2017-08-01")), Map.class);
        assertThat(direct.getStatusCode().value()).as(String.valueOf(direct.getBody())).isEqualTo(201);
        ResponseEntity<Map> had = as("owner").postForEntity("/api/result-requests", Map.of("proposalId", answering),
                Map.class);
        assertThat(had.getStatusCode().value()).isEqualTo(409);
        assertThat(had.getBody()).containsEntry("code", "already-handed-over");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> needInList(String userId, String needId) {
        Map<String, Object> page = as(userId).getForObject("/api/needs?open=true&size=100", Map.class);
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(n -> needId.equals(n.get("needId"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> requestRow(String userId, String requestId) {
        Map<String, Object> page = as(userId).getForObject("/api/result-requests?size=100", Map.class);
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(r -> requestId.equals(r.get("requestId"))).findFirst().orElse(null);
    }
}
