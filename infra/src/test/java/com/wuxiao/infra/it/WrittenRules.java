package com.wuxiao.infra.it;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appraisal rules as product.md writes them ("Precise rules"), worked out again here so that
 * integration tests compare the application's results with values computed independently of its code.
 */
final class WrittenRules {

    static final int[] WEIGHTS = {40, 35, 25};
    static final int[] QUOTAS = {5, 15, 35};
    static final int MERIT_MIN = 60;
    static final String[] GRADES = {"FIRST", "SECOND", "THIRD"};

    private WrittenRules() {
    }

    /** 0.40 × feasibility + 0.35 × benefit + 0.25 × promotability, two decimals, half-up. */
    static BigDecimal weighted(int feasibility, int benefit, int promotability) {
        int hundredths = WEIGHTS[0] * feasibility + WEIGHTS[1] * benefit + WEIGHTS[2] * promotability;
        return BigDecimal.valueOf(hundredths, 2).setScale(2, RoundingMode.HALF_UP);
    }

    /** Mean of the weighted scores; with 5 or more, one highest and one lowest dropped first. */
    static BigDecimal finalScore(List<BigDecimal> weightedScores) {
        List<BigDecimal> sorted = new ArrayList<>(weightedScores);
        sorted.sort(Comparator.naturalOrder());
        if (sorted.size() >= 5) {
            sorted = sorted.subList(1, sorted.size() - 1);
        }
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(sorted.size()), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal spread(List<BigDecimal> weightedScores) {
        return weightedScores.stream().max(Comparator.naturalOrder()).orElseThrow()
                .subtract(weightedScores.stream().min(Comparator.naturalOrder()).orElseThrow());
    }

    /**
     * Grades by quota: the first ⌈0.05 n⌉ FIRST, up to ⌈0.15 n⌉ SECOND, up to ⌈0.35 n⌉ THIRD, the
     * rest MERIT; everything tied with the last one inside a grade joins it, and the next grade
     * starts after them while its own cumulative cut-off stays; below 60 NONE whatever the rank.
     */
    static Map<String, String> grades(Map<String, BigDecimal> finalScores) {
        List<Map.Entry<String, BigDecimal>> ranked = new ArrayList<>(finalScores.entrySet());
        ranked.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed());
        int n = ranked.size();
        Map<String, String> grades = new LinkedHashMap<>();
        int position = 0;
        for (int g = 0; g < GRADES.length; g++) {
            int end = (int) Math.ceil(QUOTAS[g] * n / 100.0);
            if (position >= end) {
                continue;
            }
            while (end < n && ranked.get(end).getValue().compareTo(ranked.get(end - 1).getValue()) == 0) {
                end++;
            }
            for (; position < end; position++) {
                grades.put(ranked.get(position).getKey(), GRADES[g]);
            }
        }
        for (; position < n; position++) {
            grades.put(ranked.get(position).getKey(), "MERIT");
        }
        ranked.forEach(entry -> {
            if (entry.getValue().compareTo(BigDecimal.valueOf(MERIT_MIN)) < 0) {
                grades.put(entry.getKey(), "NONE");
            }
        });
        return grades;
    }

    /** Money in fen split by whole-percent shares, rounded down; the remainder to the first author. */
    static Map<String, Long> splitMoney(long fen, Map<String, Integer> shares) {
        Map<String, Long> parts = new HashMap<>();
        long given = 0;
        for (Map.Entry<String, Integer> share : shares.entrySet()) {
            long part = fen * share.getValue() / 100;
            parts.put(share.getKey(), part);
            given += part;
        }
        String first = shares.keySet().iterator().next();
        parts.merge(first, fen - given, Long::sum);
        return parts;
    }

    /** Points split by share, two decimals, half-up. */
    static BigDecimal splitPoints(int points, int share) {
        return BigDecimal.valueOf((long) points * share).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
