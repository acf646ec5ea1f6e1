package com.wuxiao.command.commendation;

import com.wuxiao.command.commendation.api.CommendedWorker;
import com.wuxiao.command.commendation.api.UnitScore;
import com.wuxiao.command.commendation.api.UnitStanding;
import com.wuxiao.command.commendation.api.WorkerStanding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Who is commended, by product.md "Precise rules":
 * <ul>
 *   <li>创新标兵: the top N workers by yearly points; everyone tied with the N-th is included (so:
 *       competition rank ≤ N). Workers without points are not ranked.</li>
 *   <li>优秀组织单位: the top ⌈0.10 × number of units⌉ units by the composite
 *       40 × rate / best rate + 40 × awards per 100 employees / best + 20 × adoptions / most, where a
 *       term whose best value is 0 counts 0; ties at the boundary included. The composite is computed
 *       from the exact ratios and rounded to two decimals, half-up, once at the end; equal rounded
 *       composites are ties. A unit with composite 0 is ranked but not commended.</li>
 * </ul>
 */
public final class Selection {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Selection() {
    }

    public static List<CommendedWorker> workers(List<WorkerStanding> standings, int topN) {
        List<WorkerStanding> ranked = new ArrayList<>(standings.stream()
                .filter(s -> s.points().signum() > 0).toList());
        ranked.sort(Comparator.comparing(WorkerStanding::points).reversed().thenComparing(WorkerStanding::workerId));
        List<Integer> ranks = ranks(ranked, WorkerStanding::points);
        List<CommendedWorker> commended = new ArrayList<>();
        for (int i = 0; i < ranked.size() && ranks.get(i) <= topN; i++) {
            WorkerStanding s = ranked.get(i);
            commended.add(new CommendedWorker(ranks.get(i), s.workerId(), s.unitId(), s.points()));
        }
        return List.copyOf(commended);
    }

    public static List<UnitScore> units(List<UnitStanding> standings) {
        BigDecimal bestRate = standings.stream().map(Selection::rate).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        BigDecimal bestPer100 = standings.stream().map(Selection::per100).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        int mostAdoptions = standings.stream().mapToInt(UnitStanding::adoptions).max().orElse(0);
        record Scored(UnitStanding standing, BigDecimal composite) {
        }
        List<Scored> ranked = new ArrayList<>(standings.stream().map(s -> new Scored(s,
                term(40, rate(s), bestRate)
                        .add(term(40, per100(s), bestPer100))
                        .add(term(20, BigDecimal.valueOf(s.adoptions()), BigDecimal.valueOf(mostAdoptions)))
                        .setScale(2, RoundingMode.HALF_UP))).toList());
        ranked.sort(Comparator.comparing(Scored::composite).reversed()
                .thenComparing(scored -> scored.standing().unitId()));
        List<Integer> ranks = ranks(ranked, Scored::composite);
        int toCommend = (int) Math.ceil(standings.size() / 10.0);
        List<UnitScore> scores = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Scored scored = ranked.get(i);
            UnitStanding s = scored.standing();
            boolean commended = ranks.get(i) <= toCommend && scored.composite().signum() > 0;
            scores.add(new UnitScore(ranks.get(i), s.unitId(), rate(s).setScale(4, RoundingMode.HALF_UP),
                    per100(s).setScale(4, RoundingMode.HALF_UP), s.adoptions(), scored.composite(), commended));
        }
        return List.copyOf(scores);
    }

    private static BigDecimal rate(UnitStanding s) {
        return BigDecimal.valueOf(s.submitters()).divide(BigDecimal.valueOf(s.headcount()), EXACT);
    }

    private static BigDecimal per100(UnitStanding s) {
        return BigDecimal.valueOf(s.awards()).multiply(HUNDRED).divide(BigDecimal.valueOf(s.headcount()), EXACT);
    }

    private static BigDecimal term(int weight, BigDecimal value, BigDecimal best) {
        if (best.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(weight).multiply(value).divide(best, EXACT);
    }

    /** Competition ranking (1, 2, 2, 4) of an already sorted list. */
    private static <T> List<Integer> ranks(List<T> sorted, Function<T, BigDecimal> value) {
        List<Integer> ranks = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean tiedWithPrevious = i > 0 && value.apply(sorted.get(i)).compareTo(value.apply(sorted.get(i - 1))) == 0;
            ranks.add(tiedWithPrevious ? ranks.get(i - 1) : i + 1);
        }
        return ranks;
    }
}
