package com.wuxiao.command.appraisal;

import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.GradeQuotas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Grades by quota over a round's ranking, with product.md's rule for ties at a boundary.
 *
 * <p>The written rule, as implemented here, for the n proposals of a round sorted by final score
 * descending (equal scores by proposal id):
 * <ol>
 *   <li>Cumulative cut-offs c = ⌈p % × n⌉, computed exactly in integers as (p × n + 99) / 100,
 *       for p = first, second, third.</li>
 *   <li>Grades are handed out in order FIRST, SECOND, THIRD. A grade's block runs from where the
 *       previous grade ended up to its cut-off c; if it would end before it starts, the block is
 *       empty.</li>
 *   <li>If the block is not empty, every proposal after it whose final score equals that of the
 *       block's last proposal joins the block (the grade grows); the next grade starts after them.
 *       An empty block has no "last one inside", so nothing grows. Cut-offs are never moved, so a
 *       grown grade can leave the next one smaller or empty.</li>
 *   <li>Everyone after THIRD is MERIT.</li>
 *   <li>Finally, a proposal whose final score is below {@code meritMinScore} is NONE whatever the
 *       grade step 2–4 gave it. (Tied proposals share a score, so this never splits a tie.)</li>
 * </ol>
 * Ranks are competition ranking (1, 2, 2, 4): a proposal's rank is 1 + the number of proposals
 * scoring strictly higher. Scores are compared by value ({@code compareTo}), so 80.0 ties 80.00.
 */
public final class Grading {

    private static final Comparator<Map.Entry<String, BigDecimal>> RANKING =
            Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey());

    private Grading() {
    }

    /** One proposal's place in the ranking. */
    public record Ranked(String proposalId, BigDecimal finalScore, int rank, Grade grade) {
    }

    /**
     * Ranks by final score, descending (equal scores: by proposal id, for a stable order; their rank
     * is shared — "competition ranking" 1, 2, 2, 4), and grades them by the cumulative quotas.
     * An empty map gives an empty list.
     *
     * @throws IllegalArgumentException if an argument, id or score is null, or the quotas are not
     *                                  0 ≤ first ≤ second ≤ third ≤ 100
     */
    public static List<Ranked> grade(Map<String, BigDecimal> finalScores, GradeQuotas quotas) {
        checkArguments(finalScores, quotas);
        List<Map.Entry<String, BigDecimal>> order = new ArrayList<>(finalScores.entrySet());
        order.sort(RANKING);
        int n = order.size();

        Grade[] grades = new Grade[n];
        int start = 0;
        start = assign(order, grades, start, cutOff(quotas.first(), n), Grade.FIRST);
        start = assign(order, grades, start, cutOff(quotas.second(), n), Grade.SECOND);
        start = assign(order, grades, start, cutOff(quotas.third(), n), Grade.THIRD);
        for (int i = start; i < n; i++) {
            grades[i] = Grade.MERIT;
        }

        BigDecimal meritMin = BigDecimal.valueOf(quotas.meritMinScore());
        List<Ranked> ranked = new ArrayList<>(n);
        int rank = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal score = order.get(i).getValue();
            if (i == 0 || score.compareTo(order.get(i - 1).getValue()) != 0) {
                rank = i + 1;
            }
            Grade grade = score.compareTo(meritMin) < 0 ? Grade.NONE : grades[i];
            ranked.add(new Ranked(order.get(i).getKey(), score, rank, grade));
        }
        return List.copyOf(ranked);
    }

    /** ⌈percent × n / 100⌉ exactly, in integers. */
    static int cutOff(int percent, int n) {
        return (int) (((long) percent * n + 99) / 100);
    }

    /**
     * Gives {@code grade} to positions [start, max(start, cutOff)) plus everyone tied with the
     * last of them; returns where the next grade starts.
     */
    private static int assign(List<Map.Entry<String, BigDecimal>> order, Grade[] grades,
                              int start, int cutOff, Grade grade) {
        int end = Math.max(start, Math.min(cutOff, order.size()));
        if (end > start) {
            BigDecimal last = order.get(end - 1).getValue();
            while (end < order.size() && order.get(end).getValue().compareTo(last) == 0) {
                end++;
            }
        }
        for (int i = start; i < end; i++) {
            grades[i] = grade;
        }
        return end;
    }

    private static void checkArguments(Map<String, BigDecimal> finalScores, GradeQuotas quotas) {
        if (finalScores == null || quotas == null) {
            throw new IllegalArgumentException("final scores and quotas are required");
        }
        // Iterate instead of containsKey(null): Map.of(..) throws on null look-ups.
        for (Map.Entry<String, BigDecimal> entry : finalScores.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new IllegalArgumentException("proposal ids and final scores must not be null");
            }
        }
        if (!(0 <= quotas.first() && quotas.first() <= quotas.second()
                && quotas.second() <= quotas.third() && quotas.third() <= 100)) {
            throw new IllegalArgumentException("quotas must satisfy 0 ≤ first ≤ second ≤ third ≤ 100: " + quotas);
        }
    }
}
