package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trails of an appraisal round, a patent case and a conversion, made by the real
 * processes in the competition year {@value #YEAR} (no other test lives there): a proposal awarded in
 * a whole first-quarter round, then nominated for a patent and handed over to production.
 */
class AuditTrailKindsIntegrationTest extends AppraisalTestSupport {

    static final int YEAR = 2011;

    @Test
    @SuppressWarnings("unchecked")
    void aRoundAPatentCaseAndAConversionEachHaveTheirTrail() {
        configureYear(YEAR, pointsTable(2, 20, 12, 6, 2), rewardsTable(500_000, 300_000, 100_000, 30_000));
        clock.travelTo(shanghai(YEAR, 2, 10, 9));
        Map<String, Object> body = new HashMap<>(proposalBody("审计·综采面液压支架自动跟机"));
        String proposal = submit("w1001", body);
        accept("c1001", proposal);
        awaitProposalStatus("leader", proposal, "ACCEPTED");
        awardInFirstQuarter(YEAR, Map.of(proposal, 90));

        List<Map<String, Object>> round = items("rounds", YEAR + "-Q1");
        assertThat(round.get(0)).containsEntry("eventType", "AppraisalRoundOpenedEvent").containsEntry("actor", "leader")
                .containsEntry("labelZh", "开启季度评审");
        assertThat(AuditTrailIntegrationTest.change(round.get(0), "quarter")).isEqualTo("1");
        assertThat(round).extracting(e -> e.get("eventType")).contains("PanelNamedEvent", "ScorersAssignedEvent",
                "RoundRankedEvent", "RankingApprovedEvent", "PublicityStartedEvent", "RoundFinalisedEvent");
        List<Map<String, Object>> scores = round.stream()
                .filter(e -> "ScoreRecordedEvent".equals(e.get("eventType"))).toList();
        assertThat(scores).as("three scorers per proposal").hasSize(3)
                .extracting(e -> e.get("actor")).doesNotHaveDuplicates()
                .allSatisfy(actor -> assertThat((String) actor).matches("r000[1-6]"));
        assertThat(AuditTrailIntegrationTest.change(scores.get(0), "proposalId")).isEqualTo(proposal);
        assertThat(AuditTrailIntegrationTest.change(scores.get(0), "weightedScore")).isEqualTo("90.00");
        assertThat(round).filteredOn(e -> "RankingApprovedEvent".equals(e.get("eventType")))
                .singleElement().satisfies(e -> assertThat(e).containsEntry("actor", "leader"));
        assertThat(round).filteredOn(e -> "PublicityStartedEvent".equals(e.get("eventType")))
                .singleElement().satisfies(e -> assertThat(e).containsEntry("actor", "system"));

        assertThat(items("proposals", proposal)).filteredOn(e -> "ProposalAppraisedEvent".equals(e.get("eventType")))
                .singleElement().satisfies(e -> {
                    assertThat(e).containsEntry("actor", "system");
                    assertThat(AuditTrailIntegrationTest.change(e, "roundId")).isEqualTo(YEAR + "-Q1");
                });

        String patent = (String) created(as("leader").postForEntity("/api/patents",
                Map.of("proposalId", proposal, "type", "UTILITY_MODEL"), Map.class)).get("patentId");
        List<Map<String, Object>> patentTrail = items("patents", patent);
        assertThat(patentTrail).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("eventType", "PatentNominatedEvent").containsEntry("actor", "leader")
                    .containsEntry("labelEn", "Nominated for a patent");
            assertThat(AuditTrailIntegrationTest.change(e, "type")).isEqualTo("UTILITY_MODEL");
            assertThat(AuditTrailIntegrationTest.change(e, "proposalId")).isEqualTo(proposal);
        });

        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        String conversion = (String) created(as("leader").postForEntity("/api/conversions", Map.of(
                "proposalId", proposal, "receivingUnitId", "ZC1", "ownerId", "owner",
                "planned", Map.of("trialStart", today.plusDays(10).toString(), "trialEnd", today.plusDays(40).toString(),
                        "adoptionDecision", today.plusDays(60).toString())), Map.class)).get("conversionId");
        List<Map<String, Object>> conversionTrail = items("conversions", conversion);
        assertThat(conversionTrail.get(0)).containsEntry("eventType", "ResultHandedOverEvent")
                .containsEntry("actor", "leader");
        assertThat(AuditTrailIntegrationTest.change(conversionTrail.get(0), "ownerId")).isEqualTo("owner");
        assertThat(AuditTrailIntegrationTest.change(conversionTrail.get(0), "planned"))
                .contains("\"trialStart\":\"" + today.plusDays(10) + "\"");

        for (String[] wrongKind : new String[][] {{"patents", conversion}, {"conversions", patent},
                {"rounds", patent}, {"proposals", YEAR + "-Q1"}}) {
            assertThat(as("leader").getForEntity("/api/audit/{k}/{id}", String.class, (Object[]) wrongKind)
                    .getStatusCode().value()).as(String.join(" ", wrongKind)).isEqualTo(404);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String kind, String id) {
        ResponseEntity<Map> response = as("leader").getForEntity("/api/audit/{kind}/{id}?size=100", Map.class, kind, id);
        assertThat(response.getStatusCode().value()).as(kind + " " + id + ": " + response.getBody()).isEqualTo(200);
        return (List<Map<String, Object>>) response.getBody().get("items");
    }

    private static Map<String, Object> created(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        return response.getBody();
    }
}
