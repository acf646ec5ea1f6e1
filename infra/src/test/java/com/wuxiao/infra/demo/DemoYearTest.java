package com.wuxiao.infra.demo;

import com.wuxiao.infra.demo.DemoYearPlan.Declaration;
import com.wuxiao.infra.demo.DemoYearPlan.Handover;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo year on an empty database of its own (a context of its own, with the year enabled; the
 * suite's shared context has it off): loaded at start, then read through the REST API the dashboard
 * uses, and compared with the figures the plan itself gives. How long the load takes is a figure of
 * the benchmark ({@code infra/bench/demo-start}), not an assertion here: a timed test fails on a busy
 * machine and proves nothing on a fast one.
 */
class DemoYearTest extends DemoYearSupport {

    @Test
    void theYearLoadedAtStartAndTheClockIsBackOnTheRealTime() {
        DemoYearLoader.Outcome outcome = loader.lastOutcome();
        assertThat(outcome.skipped()).isFalse();
        assertThat(clock).isInstanceOf(DemoClock.class);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(ClockUtil.getCurrentTime().getTime()).isCloseTo(System.currentTimeMillis(), within(1000L));
    }

    @Test
    void aSecondLoadOnTheSameDataSkips() {
        long events = jdbc.sql("select count(*) from domainevententry").query(Long.class).single();
        DemoYearLoader.Outcome again = loader.load();
        assertThat(again.skipped()).isTrue();
        assertThat(jdbc.sql("select count(*) from domainevententry").query(Long.class).single()).isEqualTo(events);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFunnelOfTheYearIsThePlans() {
        DemoYearPlan plan = plan();
        Map<String, Object> total = (Map<String, Object>) leader().getForObject("/api/funnel?period={p}", Map.class,
                year()).get("total");
        List<Handover> adopted = plan.handovers().stream().filter(Handover::adopted).toList();
        long results = adopted.stream().map(Handover::proposalId).distinct().count();
        assertThat(total).containsEntry("submitted", 600)
                .containsEntry("accepted", (int) plan.count(d -> d.fate().accepted()))
                .containsEntry("awarded", plan.awarded().size())
                .containsEntry("patentsFiled", (int) plan.patents().stream().filter(DemoYearPlan.Patent::filed).count())
                .containsEntry("patentsGranted", 24)
                .containsEntry("handedOver", (int) plan.handovers().stream().map(Handover::proposalId).distinct().count())
                .containsEntry("adopted", (int) results)
                .containsEntry("replicated", adopted.size() - (int) results);
        Map<String, Object> benefit = (Map<String, Object>) total.get("benefit");
        List<Handover> reported = plan.handovers().stream().filter(h -> h.benefit() != null).toList();
        assertThat(benefit).containsEntry("adoptionsReported", reported.size());
        assertThat(new BigDecimal(benefit.get("cnySavedPerYear").toString())).isEqualByComparingTo(reported.stream()
                .map(h -> h.benefit().cnySavedPerYear()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCategoryLeaderboardHasSevenCategoriesAndElectromechanicalLeads() {
        DemoYearPlan plan = plan();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) leader().getForObject(
                "/api/leaderboards/categories?period={p}&size=100", Map.class, year()).get("rows");
        Map<String, Integer> accepted = rows.stream().collect(Collectors.toMap(r -> (String) r.get("key"),
                r -> (Integer) r.get("accepted")));
        Map<String, Integer> expected = plan.declarations(d -> d.fate().accepted()).stream()
                .collect(Collectors.groupingBy(d -> d.content().categoryCode(), Collectors.summingInt(d -> 1)));
        assertThat(accepted).isEqualTo(expected);
        assertThat(rows.get(0).get("key")).isEqualTo("JDYS");
        assertThat(accepted.get("JDYS") * 1.0 / expected.values().stream().mapToInt(i -> i).sum()).isBetween(0.55, 0.65);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fourRoundsAreFinalisedWithTheirGradesAReReviewAndAnUpheldObjection() {
        DemoYearPlan plan = plan();
        Set<String> awarded = plan.awarded();
        boolean upheld = false;
        for (DemoYearPlan.Round round : plan.rounds()) {
            Map<String, Object> detail = leader().getForObject("/api/appraisal-rounds/{id}", Map.class,
                    round.roundId(plan.year()));
            assertThat(detail.get("status")).isEqualTo("FINALISED");
            List<Map<String, Object>> results = (List<Map<String, Object>>) detail.get("results");
            List<Declaration> pool = plan.pool(round.quarter());
            assertThat(results).hasSize(pool.size());
            assertThat(results.stream().filter(r -> !"NONE".equals(r.get("finalGrade")))
                    .map(r -> (String) r.get("proposalId")).collect(Collectors.toSet()))
                    .isEqualTo(pool.stream().map(Declaration::proposalId).filter(awarded::contains)
                            .collect(Collectors.toSet()));
            assertThat(results).extracting(r -> r.get("finalGrade")).contains("FIRST", "SECOND", "THIRD", "MERIT");
            assertThat(results).filteredOn(r -> "SPREAD".equals(r.get("reReviewReason")))
                    .extracting(r -> r.get("proposalId"))
                    .containsExactly(pool.stream().filter(Declaration::spread).findFirst().orElseThrow().proposalId());
            List<Map<String, Object>> objections = (List<Map<String, Object>>) detail.get("objections");
            assertThat(objections).hasSize(round.objections().size());
            upheld |= objections.stream().anyMatch(o -> "UPHELD".equals(o.get("decision")));
        }
        assertThat(upheld).as("an objection was upheld").isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void patentsAndConversionsAreThePlans() {
        DemoYearPlan plan = plan();
        Map<String, Object> pipeline = leader().getForObject("/api/patents/pipeline?year={y}", Map.class, year());
        Map<String, Object> all = (Map<String, Object>) pipeline.get("all");
        assertThat(all.get("granted")).isEqualTo(24);
        assertThat(all.get("total")).isEqualTo(plan.patents().size());

        Map<String, Object> page = leader().getForObject("/api/conversions?size=100", Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).hasSize(plan.handovers().size());
        assertThat(items.stream().filter(c -> "ADOPTED".equals(c.get("status")))).hasSize(
                (int) plan.handovers().stream().filter(Handover::adopted).count());
        assertThat(items.stream().filter(c -> Boolean.TRUE.equals(c.get("replication")))).hasSize(
                (int) plan.handovers().stream().filter(Handover::replication).count());
        assertThat(items.stream().filter(c -> c.get("latestBenefit") != null)).hasSize(
                (int) plan.handovers().stream().filter(h -> h.benefit() != null).count());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAnnualCommendationIsDrafted() {
        ResponseEntity<Map> commendation = leader().getForEntity("/api/commendations/{y}", Map.class, year());
        assertThat(commendation.getStatusCode().value()).isEqualTo(200);
        assertThat(commendation.getBody().get("status")).isEqualTo("DRAFTED");
        assertThat((List<Object>) commendation.getBody().get("workers")).hasSizeGreaterThanOrEqualTo(10);
        assertThat((List<Object>) commendation.getBody().get("units")).isNotEmpty();
    }
}
