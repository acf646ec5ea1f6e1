package com.wuxiao.infra.demo;

import com.wuxiao.command.fund.api.ClaimItem;
import com.wuxiao.infra.demo.DemoProgramme.Claim;
import com.wuxiao.infra.demo.DemoProgramme.ClaimFate;
import com.wuxiao.infra.demo.DemoProgramme.Need;
import com.wuxiao.infra.demo.DemoProgramme.RequestFate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme around the demo year's rounds, read back through the REST API and compared with
 * its plan ({@link DemoProgramme}): needs and their answers, requests (three of them handovers), the
 * promotion meeting, the fund's figures from the planned claims, a paid batch per round and the two
 * 金牌工匠 with certificates.
 */
class DemoProgrammeTest extends DemoYearSupport {

    private DemoProgramme programme() {
        return DemoProgramme.plan(plan());
    }

    @Test
    @SuppressWarnings("unchecked")
    void needsListTheDeclarationsThatAnswerThem() {
        DemoProgramme programme = programme();
        Map<String, Long> answersPerNeed = programme.answers().values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (Need need : programme.needs()) {
            Map<String, Object> detail = leader().getForObject("/api/needs/{id}", Map.class, need.needId());
            assertThat((Map<String, Object>) detail.get("need")).containsEntry("unitId", need.unitId())
                    .containsEntry("closed", need.closedAt() != null);
            List<String> answers = ((List<Map<String, Object>>) detail.get("answers")).stream()
                    .map(a -> (String) a.get("proposalId")).toList();
            assertThat(answers).as(need.needId()).hasSize(answersPerNeed.getOrDefault(need.needId(), 0L).intValue())
                    .allSatisfy(id -> assertThat(programme.answers()).containsEntry(id, need.needId()));
        }
        assertThat(answersPerNeed).as("two answers for each need").containsOnlyKeys(programme.needs().stream()
                .map(Need::needId).toList()).allSatisfy((need, count) -> assertThat(count).isEqualTo(2L));
    }

    @Test
    @SuppressWarnings("unchecked")
    void requestsAreDecidedAsPlannedAndAcceptedOnesAreTheYearsHandovers() {
        DemoProgramme programme = programme();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) leader()
                .getForObject("/api/result-requests?size=100", Map.class).get("items");
        assertThat(rows).hasSize(programme.requests().size());
        for (DemoProgramme.Request request : programme.requests()) {
            String id = "REQ-" + request.proposalId() + "-" + request.unitId();
            Map<String, Object> row = rows.stream().filter(r -> id.equals(r.get("requestId"))).findFirst().orElseThrow();
            assertThat(row).containsEntry("status", request.fate().name());
            assertThat(row.get("meetingId")).as("from the meeting").isEqualTo(request.meetingId());
            if (request.fate() == RequestFate.ACCEPTED) {
                assertThat(row).containsEntry("conversionId", ResultSteps.conversionId(request.handover()));
            }
        }
        Map<String, Object> meeting = leader().getForObject("/api/promotion-meetings/{id}", Map.class,
                programme.meeting().meetingId());
        assertThat((List<Map<String, Object>>) meeting.get("interests")).extracting(i -> i.get("ownerId") + "/"
                + i.get("proposalId")).containsExactlyInAnyOrderElementsOf(programme.meeting().interests().stream()
                .map(i -> i.ownerId() + "/" + i.proposalId()).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFundBooksWhatTheUnionOfficeApproved() {
        DemoProgramme programme = programme();
        List<Claim> claims = programme.claims();
        // approved in full: the claim's costs; in part: its first cost; refused and pending: nothing
        long booked = claims.stream().mapToLong(c -> switch (c.fate()) {
            case APPROVED -> c.items().stream().mapToLong(ClaimItem::amountFen).sum();
            case APPROVED_IN_PART -> c.items().get(0).amountFen();
            default -> 0L;
        }).sum();
        long pending = claims.stream().filter(c -> c.fate() == ClaimFate.PENDING)
                .mapToLong(c -> c.items().stream().mapToLong(ClaimItem::amountFen).sum()).sum();
        Map<String, Object> fund = leader().getForObject("/api/fund/{y}", Map.class, year());
        assertThat(((Number) fund.get("budgetFen")).longValue()).isEqualTo(DemoProgramme.BUDGET_FEN);
        assertThat(((Number) fund.get("bookedFen")).longValue()).isEqualTo(booked);
        assertThat(((Number) fund.get("remainingFen")).longValue()).isEqualTo(DemoProgramme.BUDGET_FEN - booked);
        assertThat(((Number) fund.get("pendingFen")).longValue()).isEqualTo(pending);
        assertThat(fund).containsEntry("approvedClaims", (int) claims.stream().filter(c -> c.fate() == ClaimFate.APPROVED
                        || c.fate() == ClaimFate.APPROVED_IN_PART).count())
                .containsEntry("refusedClaims", 1).containsEntry("pendingClaims", 3);
        Map<String, Object> detail = leader().getForObject("/api/fund-claims/{id}", Map.class, claims.get(0).claimId());
        assertThat((List<Map<String, Object>>) detail.get("receipts")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("mediaType", "application/pdf"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachRoundIsPaidOnceAndTheLastAwaitsPayment() {
        List<Map<String, Object>> batches = (List<Map<String, Object>>) leader()
                .getForObject("/api/payouts/{y}/batches?size=100", Map.class, year()).get("items");
        assertThat(batches).extracting(b -> b.get("batchId") + " " + b.get("status")).containsExactlyInAnyOrder(
                "BATCH-" + year() + "-Q1 PAID", "BATCH-" + year() + "-Q2 PAID", "BATCH-" + year() + "-Q3 PAID",
                "BATCH-" + year() + "-Q4 APPROVED");
        Map<String, Object> items = leader().getForObject("/api/payouts/{y}/items?size=200", Map.class, year());
        long inBatches = batches.stream().mapToLong(b -> ((Number) b.get("totalFen")).longValue()).sum();
        assertThat(inBatches).as("every reward of the year is in its round's batch")
                .isEqualTo(((Number) items.get("totalFen")).longValue()).isPositive();
        assertThat(((Number) leader().getForObject("/api/payouts/{y}/items?status=DUE", Map.class, year()).get("total"))
                .intValue()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoGoldenCraftsmenHaveTheirCertificates() {
        List<Map<String, Object>> honours = (List<Map<String, Object>>) leader()
                .getForObject("/api/certificates?year={y}", Map.class, year()).get("items");
        assertThat(honours.stream().filter(h -> "GOLDEN_CRAFTSMAN".equals(h.get("kind"))).map(h -> h.get("holderId")))
                .containsExactlyInAnyOrderElementsOf(programme().craftsmen().stream()
                        .map(DemoProgramme.Craftsman::workerId).toList());
    }
}
