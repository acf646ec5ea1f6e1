package com.wuxiao.infra.demo;

import com.wuxiao.infra.demo.DemoYearPlan.Declaration;
import com.wuxiao.infra.demo.DemoYearPlan.Fate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demo year as planned: the proportions the issue asks for, the same from the same seed. */
class DemoYearPlanTest {

    private static final int YEAR = 2025;
    private final DemoYearPlan plan = DemoYearPlanner.plan(YEAR, DemoYear.DEFAULT_SEED);

    @Test
    void sixHundredDeclarationsOverTwelveMonthsInSevenCategoriesMostlyElectromechanical() {
        assertThat(plan.declarations()).hasSize(600);
        assertThat(plan.declarations().stream().map(Declaration::month).collect(Collectors.toSet()))
                .hasSize(12);
        Map<String, Long> byCategory = plan.declarations().stream()
                .collect(Collectors.groupingBy(d -> d.content().categoryCode(), Collectors.counting()));
        assertThat(byCategory).hasSize(7);
        assertThat(byCategory.get("JDYS") / 600.0).isBetween(0.55, 0.65);
        assertThat(plan.declarations()).allSatisfy(d -> {
            assertThat(d.submittedAt().atZone(com.wuxiao.command.competition.CompetitionCalendar.ZONE).getYear())
                    .isEqualTo(YEAR);
            assertThat(d.authors().stream().mapToInt(a -> a.share()).sum()).isEqualTo(100);
            assertThat(d.authors().get(0).workerId()).isEqualTo(d.submitterId());
        });
        assertThat(plan.declarations().stream().map(Declaration::proposalId).distinct()).hasSize(600);
    }

    @Test
    void everyPathOfTheMonthlyReviewHappens() {
        for (Fate fate : Fate.values()) {
            assertThat(plan.count(d -> d.fate() == fate)).as(fate.name()).isPositive();
        }
        assertThat(plan.count(d -> d.fate().accepted()) / 600.0).isBetween(0.7, 0.85);
        assertThat(plan.count(d -> d.fate().returned())).isGreaterThan(30);
        assertThat(plan.count(d -> d.mentorId() != null)).isPositive();
        assertThat(plan.count(d -> d.authors().size() > 1)).isGreaterThan(100);
        // December's late batch needs nothing after the year: no returns, no escalations
        assertThat(plan.declarations(d -> d.month() == 12 && d.batch() == DemoYearPlan.Batch.LATE))
                .allSatisfy(d -> assertThat(d.fate()).isIn(Fate.ACCEPTED, Fate.REJECTED, Fate.WITHDRAWN));
        assertThat(plan.declarations(d -> d.fate() == Fate.ESCALATED_ACCEPTED))
                .allSatisfy(d -> assertThat(d.batch()).isEqualTo(DemoYearPlan.Batch.EARLY));
    }

    @Test
    void fourRoundsWithAReReviewEachAndAnUpheldObjection() {
        assertThat(plan.rounds()).extracting(DemoYearPlan.Round::quarter).containsExactly(1, 2, 3, 4);
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            assertThat(plan.pool(q)).as("pool of Q" + q).hasSizeGreaterThan(60);
            assertThat(plan.pool(q).stream().filter(Declaration::spread)).as("re-review in Q" + q).hasSize(1);
        }
        assertThat(plan.rounds().stream().flatMap(r -> r.objections().stream()))
                .anySatisfy(o -> assertThat(o.upheld()).isTrue())
                .anySatisfy(o -> assertThat(o.upheld()).isFalse());
        // every round's steps happen in the year, in order, and before the year's last day
        Instant yearEnd = DemoYearPlan.beijing(YEAR, 12, 31, 0, 0);
        assertThat(plan.rounds()).allSatisfy(r -> {
            assertThat(r.openedAt()).isBefore(r.scoredAt());
            assertThat(r.scoredAt()).isBefore(r.approvedAt());
            assertThat(r.approvedAt()).isBefore(r.finalisedAt());
            assertThat(r.finalisedAt()).isBefore(yearEnd);
        });
    }

    @Test
    void aSpreadProposalScoresMoreThanThirtyApartAndOthersDoNot() {
        Declaration spread = plan.declarations(Declaration::spread).get(0);
        assertThat(weighted(spread, "r0005") - weighted(spread, "r0003")).isGreaterThan(30);
        Declaration plain = plan.declarations(d -> !d.spread() && d.awardable()).get(0);
        assertThat(DemoPeople.PANEL).allSatisfy(r -> assertThat(weighted(plain, r.id())).isGreaterThanOrEqualTo(60));
        Declaration weak = plan.declarations(d -> !d.awardable()).get(0);
        assertThat(DemoPeople.PANEL).allSatisfy(r -> assertThat(weighted(weak, r.id())).isLessThan(60));
    }

    @Test
    void criteriaDifferInShapeFromProposalToProposalYetWeighAsTheReviewersView() {
        List<Declaration> plain = plan.declarations(d -> !d.spread());
        // 0.40 f + 0.35 b + 0.25 p = quality + leaning - 0.05 (product.md's weights), wherever no
        // criterion is capped at 100: the decided grades come from quality and leanings alone
        assertThat(plain).allSatisfy(d -> DemoPeople.PANEL.stream()
                .filter(r -> d.quality() + r.leaning() <= 90)
                .forEach(r -> assertThat(weighted(d, r.id())).as(d.proposalId() + " " + r.id())
                        .isCloseTo(d.quality() + r.leaning() - 0.05, within(1e-9))));
        // ... while the criteria lie differently against each other, so other weights reorder proposals
        assertThat(plain.stream().filter(d -> d.quality() < 90).map(d -> d.criteria("r0006"))
                .map(s -> List.of(s.feasibility() - s.benefit(), s.benefit() - s.promotability())).distinct())
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aboutTwentyFourGrantedPatentsAndFortyConversionsOfAwardedResults() {
        Set<String> awarded = plan.awarded();
        assertThat(plan.patents().stream().filter(DemoYearPlan.Patent::granted)).hasSize(24);
        assertThat(plan.patents()).allSatisfy(p -> assertThat(awarded).contains(p.proposalId()));
        assertThat(plan.handovers()).hasSizeBetween(36, 46);
        assertThat(plan.handovers()).allSatisfy(h -> {
            assertThat(awarded).contains(h.proposalId());
            assertThat(h.receivingUnitId()).isNotEqualTo(plan.declaration(h.proposalId()).unitId());
        });
        assertThat(plan.handovers().stream().filter(DemoYearPlan.Handover::replication)).hasSizeGreaterThan(3);
        assertThat(plan.handovers().stream().filter(h -> h.benefit() != null)).hasSizeGreaterThan(20);
        assertThat(plan.handovers().stream().filter(h -> !h.adopted())).isNotEmpty();
        Instant yearEnd = DemoYearPlan.beijing(YEAR + 1, 1, 1, 0, 0);
        assertThat(Stream.concat(plan.patents().stream().map(p -> p.decidedAt() != null ? p.decidedAt() : p.preparedAt()),
                plan.handovers().stream().map(h -> h.benefit() != null ? h.benefit().reportedAt() : h.decidedAt())))
                .allSatisfy(at -> assertThat(at).isBefore(yearEnd));
    }

    @Test
    void theSameSeedGivesTheSameYearAndAnotherSeedAnother() {
        assertThat(DemoYearPlanner.plan(YEAR, DemoYear.DEFAULT_SEED)).isEqualTo(plan);
        assertThat(DemoYearPlanner.plan(YEAR, DemoYear.DEFAULT_SEED + 1)).isNotEqualTo(plan);
    }

    private static double weighted(Declaration d, String reviewer) {
        DemoYearPlan.Scores s = d.criteria(reviewer);
        return 0.40 * s.feasibility() + 0.35 * s.benefit() + 0.25 * s.promotability();
    }
}
