package com.wuxiao.command.appraisal;

import com.wuxiao.command.appraisal.Grading.Ranked;
import com.wuxiao.command.competition.api.Grade;
import com.wuxiao.command.competition.api.GradeQuotas;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.wuxiao.command.competition.api.Grade.FIRST;
import static com.wuxiao.command.competition.api.Grade.MERIT;
import static com.wuxiao.command.competition.api.Grade.NONE;
import static com.wuxiao.command.competition.api.Grade.SECOND;
import static com.wuxiao.command.competition.api.Grade.THIRD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expected grades are worked out by hand from product.md "Precise rules". Default quotas are
 * cumulative 5 / 15 / 35 %, merit from 60; cut-off c = ⌈p × n / 100⌉ = (p × n + 99) / 100.
 */
class GradingTest {

    private static final GradeQuotas DEFAULTS = GradeQuotas.defaults();

    /** Proposal ids P001, P002, … in the order of the given (descending) scores. */
    private static Map<String, BigDecimal> round(String... scores) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            map.put(id(i + 1), new BigDecimal(scores[i]));
        }
        return map;
    }

    /** n proposals with distinct scores 99.00, 98.75, 98.50, … (n = 100 ends at 74.25, all ≥ 60). */
    private static Map<String, BigDecimal> distinct(int n) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
            map.put(id(i), new BigDecimal("99.00").subtract(new BigDecimal("0.25").multiply(BigDecimal.valueOf(i - 1))));
        }
        return map;
    }

    private static String id(int position) {
        return String.format("P%03d", position);
    }

    /** Expected grades per rank position, as (grade, how many) pairs. */
    private static List<Grade> expect(Object... gradeAndCount) {
        List<Grade> grades = new ArrayList<>();
        for (int i = 0; i < gradeAndCount.length; i += 2) {
            grades.addAll(Collections.nCopies((Integer) gradeAndCount[i + 1], (Grade) gradeAndCount[i]));
        }
        return grades;
    }

    private static List<Grade> grades(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::grade).toList();
    }

    private static List<Integer> ranks(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::rank).toList();
    }

    private static List<String> ids(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::proposalId).toList();
    }

    private static List<Integer> oneToN(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Nested
    class DistinctScores {

        @Test
        void round_of_1() {
            // c1 = (5+99)/100 = 1, c2 = (15+99)/100 = 1, c3 = (35+99)/100 = 1 → rank 1 FIRST
            List<Ranked> ranked = Grading.grade(distinct(1), DEFAULTS);
            assertThat(grades(ranked)).containsExactly(FIRST);
            assertThat(ranked.get(0)).isEqualTo(new Ranked("P001", new BigDecimal("99.00"), 1, FIRST));
        }

        @Test
        void round_of_2() {
            // c1 = (10+99)/100 = 1, c2 = (30+99)/100 = 1, c3 = (70+99)/100 = 1 → FIRST, MERIT
            List<Ranked> ranked = Grading.grade(distinct(2), DEFAULTS);
            assertThat(grades(ranked)).containsExactly(FIRST, MERIT);
            assertThat(ranks(ranked)).containsExactly(1, 2);
        }

        @Test
        void round_of_3() {
            // c1 = (15+99)/100 = 1, c2 = (45+99)/100 = 1, c3 = (105+99)/100 = 2
            // → rank 1 FIRST, SECOND empty, rank 2 THIRD, rank 3 MERIT
            List<Ranked> ranked = Grading.grade(distinct(3), DEFAULTS);
            assertThat(grades(ranked)).containsExactly(FIRST, THIRD, MERIT);
            assertThat(ranks(ranked)).containsExactly(1, 2, 3);
        }

        @Test
        void round_of_10() {
            // c1 = (50+99)/100 = 1, c2 = (150+99)/100 = 2, c3 = (350+99)/100 = 4
            // → 1 FIRST; 2 SECOND; 3–4 THIRD; 5–10 MERIT
            List<Ranked> ranked = Grading.grade(distinct(10), DEFAULTS);
            assertThat(grades(ranked)).containsExactly(
                    FIRST, SECOND, THIRD, THIRD, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT);
            assertThat(ranks(ranked)).isEqualTo(oneToN(10));
        }

        @Test
        void round_of_20() {
            // c1 = (100+99)/100 = 1, c2 = (300+99)/100 = 3, c3 = (700+99)/100 = 7
            // → 1 FIRST; 2–3 SECOND; 4–7 THIRD; 8–20 MERIT
            List<Ranked> ranked = Grading.grade(distinct(20), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 1, SECOND, 2, THIRD, 4, MERIT, 13));
            assertThat(grades(ranked)).containsExactly(
                    FIRST, SECOND, SECOND, THIRD, THIRD, THIRD, THIRD,
                    MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT);
            assertThat(ranks(ranked)).isEqualTo(oneToN(20));
        }

        @Test
        void round_of_21() {
            // c1 = (105+99)/100 = 2, c2 = (315+99)/100 = 4, c3 = (735+99)/100 = 8
            // → 1–2 FIRST; 3–4 SECOND; 5–8 THIRD; 9–21 MERIT
            List<Ranked> ranked = Grading.grade(distinct(21), DEFAULTS);
            assertThat(grades(ranked)).containsExactly(
                    FIRST, FIRST, SECOND, SECOND, THIRD, THIRD, THIRD, THIRD,
                    MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT, MERIT);
            assertThat(ranks(ranked)).isEqualTo(oneToN(21));
        }

        @Test
        void round_of_100() {
            // c1 = (500+99)/100 = 5, c2 = (1500+99)/100 = 15, c3 = (3500+99)/100 = 35
            // → 1–5 FIRST (5); 6–15 SECOND (10); 16–35 THIRD (20); 36–100 MERIT (65); lowest score 74.25 ≥ 60
            List<Ranked> ranked = Grading.grade(distinct(100), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 5, SECOND, 10, THIRD, 20, MERIT, 65));
            assertThat(ranks(ranked)).isEqualTo(oneToN(100));
            assertThat(ids(ranked)).isEqualTo(IntStream.rangeClosed(1, 100).mapToObj(GradingTest::id).toList());
            assertThat(ranked.get(99).finalScore()).isEqualTo(new BigDecimal("74.25"));
        }

        @Test
        void output_is_in_rank_order_whatever_the_map_order() {
            Map<String, BigDecimal> map = new HashMap<>();
            map.put("Z", new BigDecimal("70.00"));
            map.put("A", new BigDecimal("65.00"));
            map.put("M", new BigDecimal("90.00"));
            // 90 (M) > 70 (Z) > 65 (A); n = 3 → FIRST, THIRD, MERIT
            List<Ranked> ranked = Grading.grade(map, DEFAULTS);
            assertThat(ids(ranked)).containsExactly("M", "Z", "A");
            assertThat(grades(ranked)).containsExactly(FIRST, THIRD, MERIT);
        }

        @Test
        void empty_round_gives_empty_list() {
            assertThat(Grading.grade(Map.of(), DEFAULTS)).isEmpty();
        }
    }

    @Nested
    class Ties {

        // All of these use n = 20: cut-offs c1 = 1, c2 = 3, c3 = 7 (see round_of_20).

        @Test
        void tie_at_first_boundary_grows_first_and_pushes_second() {
            // positions 1–2 tie at 95.00. FIRST block = [1]; position 2 ties with it → FIRST = 1–2.
            // SECOND starts at 3, cut-off 3 → SECOND = 3. THIRD = 4–7. MERIT = 8–20.
            List<Ranked> ranked = Grading.grade(round("95.00", "95.00", "90.00", "89.00", "88.00", "87.00", "86.00",
                    "85.00", "84.00", "83.00", "82.00", "81.00", "80.00", "79.00", "78.00", "77.00", "76.00", "75.00",
                    "74.00", "73.00"), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 2, SECOND, 1, THIRD, 4, MERIT, 13));
            assertThat(ranks(ranked).subList(0, 4)).containsExactly(1, 1, 3, 4);
        }

        @Test
        void tie_spanning_first_and_second_cut_offs_leaves_second_empty() {
            // positions 1–4 tie at 95.00. FIRST block = [1]; 2–4 tie with it → FIRST = 1–4.
            // SECOND would run from 5 to cut-off 3: empty, nothing grows. THIRD = 5–7. MERIT = 8–20.
            List<Ranked> ranked = Grading.grade(round("95.00", "95.00", "95.00", "95.00", "88.00", "87.00", "86.00",
                    "85.00", "84.00", "83.00", "82.00", "81.00", "80.00", "79.00", "78.00", "77.00", "76.00", "75.00",
                    "74.00", "73.00"), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 4, THIRD, 3, MERIT, 13));
            assertThat(ranks(ranked).subList(0, 6)).containsExactly(1, 1, 1, 1, 5, 6);
        }

        @Test
        void tie_spanning_second_and_third_cut_offs_leaves_third_empty() {
            // positions 3–8 tie at 90.00. FIRST = 1. SECOND block = 2–3; 4–8 tie with 3 → SECOND = 2–8.
            // THIRD would run from 9 to cut-off 7: empty. MERIT = 9–20.
            List<Ranked> ranked = Grading.grade(round("97.00", "96.00", "90.00", "90.00", "90.00", "90.00", "90.00",
                    "90.00", "84.00", "83.00", "82.00", "81.00", "80.00", "79.00", "78.00", "77.00", "76.00", "75.00",
                    "74.00", "73.00"), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 1, SECOND, 7, MERIT, 12));
            assertThat(ranks(ranked).subList(0, 9)).containsExactly(1, 2, 3, 3, 3, 3, 3, 3, 9);
        }

        @Test
        void tie_at_second_boundary_grows_second_and_shrinks_third() {
            // positions 3–4 tie at 90.00. FIRST = 1. SECOND block = 2–3; 4 ties with 3 → SECOND = 2–4.
            // THIRD = 5–7 (cut-off stays at 7). MERIT = 8–20.
            List<Ranked> ranked = Grading.grade(round("97.00", "96.00", "90.00", "90.00", "88.00", "87.00", "86.00",
                    "85.00", "84.00", "83.00", "82.00", "81.00", "80.00", "79.00", "78.00", "77.00", "76.00", "75.00",
                    "74.00", "73.00"), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 1, SECOND, 3, THIRD, 3, MERIT, 13));
        }

        @Test
        void tie_at_third_boundary_grows_third() {
            // positions 7–9 tie at 86.00. FIRST = 1, SECOND = 2–3, THIRD block = 4–7; 8–9 tie with 7 → THIRD = 4–9.
            // MERIT = 10–20.
            List<Ranked> ranked = Grading.grade(round("97.00", "96.00", "95.00", "89.00", "88.00", "87.00", "86.00",
                    "86.00", "86.00", "83.00", "82.00", "81.00", "80.00", "79.00", "78.00", "77.00", "76.00", "75.00",
                    "74.00", "73.00"), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 1, SECOND, 2, THIRD, 6, MERIT, 11));
            assertThat(ranks(ranked).subList(5, 10)).containsExactly(6, 7, 7, 7, 10);
        }

        @Test
        void ties_inside_a_grade_change_nothing() {
            // 4–5 tie inside THIRD (4–7), 10–12 tie inside MERIT; no tie crosses a cut-off (1 | 3 | 7),
            // so the grades are those of the all-distinct round of 20: 1 F; 2–3 S; 4–7 T; 8–20 M.
            List<Ranked> ranked = Grading.grade(round("97.00", "96.00", "95.00", "89.00", "89.00", "87.00", "86.00",
                    "85.00", "84.00", "83.00", "83.00", "83.00", "80.00", "79.00", "78.00", "77.00", "76.00", "75.00",
                    "74.00", "73.00"), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 1, SECOND, 2, THIRD, 4, MERIT, 13));
            assertThat(ranks(ranked)).containsExactly(1, 2, 3, 4, 4, 6, 7, 8, 9, 10, 10, 10, 13, 14, 15, 16, 17, 18, 19, 20);
        }

        @Test
        void tie_starting_just_after_a_boundary_changes_nothing() {
            // 2–3 tie: position 1 (last of FIRST) is not tied; the tie is the whole SECOND block and
            // position 4 does not tie with 3 → grades as in the distinct round.
            List<Ranked> ranked = Grading.grade(round("97.00", "96.00", "96.00", "89.00", "88.00", "87.00", "86.00",
                    "85.00", "84.00", "83.00", "82.00", "81.00", "80.00", "79.00", "78.00", "77.00", "76.00", "75.00",
                    "74.00", "73.00"), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 1, SECOND, 2, THIRD, 4, MERIT, 13));
        }

        @Test
        void whole_round_tied_is_all_first() {
            // n = 10, all 80.00: FIRST block = [1]; everyone ties with it → all FIRST, all rank 1.
            // SECOND (to 2) and THIRD (to 4) start at 11: empty.
            List<Ranked> ranked = Grading.grade(round("80.00", "80.00", "80.00", "80.00", "80.00",
                    "80.00", "80.00", "80.00", "80.00", "80.00"), DEFAULTS);
            assertThat(grades(ranked)).isEqualTo(expect(FIRST, 10));
            assertThat(ranks(ranked)).isEqualTo(Collections.nCopies(10, 1));
        }

        @Test
        void ties_are_ordered_by_proposal_id_and_share_the_rank() {
            Map<String, BigDecimal> map = new LinkedHashMap<>();
            map.put("P3", new BigDecimal("80.00"));
            map.put("P1", new BigDecimal("80.00"));
            map.put("P2", new BigDecimal("80.00"));
            map.put("P0", new BigDecimal("70.00"));
            // n = 4: c1 = (20+99)/100 = 1 → FIRST block [P1]; P2, P3 tie → FIRST = P1, P2, P3.
            // SECOND to (60+99)/100 = 1: empty; THIRD to (140+99)/100 = 2: empty (starts at 4). P0 MERIT.
            List<Ranked> ranked = Grading.grade(map, DEFAULTS);
            assertThat(ids(ranked)).containsExactly("P1", "P2", "P3", "P0");
            assertThat(ranks(ranked)).containsExactly(1, 1, 1, 4);
            assertThat(grades(ranked)).containsExactly(FIRST, FIRST, FIRST, MERIT);
        }

        @Test
        void equal_values_with_different_scales_tie() {
            // 80.0 and 80.00 are the same score → tied at rank 1, both FIRST (n = 2: c1 = 1, grows to 2)
            List<Ranked> ranked = Grading.grade(Map.of("A", new BigDecimal("80.0"), "B", new BigDecimal("80.00")), DEFAULTS);
            assertThat(ids(ranked)).containsExactly("A", "B");
            assertThat(ranks(ranked)).containsExactly(1, 1);
            assertThat(grades(ranked)).containsExactly(FIRST, FIRST);
        }
    }

    @Nested
    class BelowMeritMinimum {

        @Test
        void below_60_is_none_even_at_rank_1() {
            // n = 1 would be FIRST, but 59.99 < 60 → NONE
            assertThat(Grading.grade(round("59.99"), DEFAULTS))
                    .containsExactly(new Ranked("P001", new BigDecimal("59.99"), 1, NONE));
        }

        @Test
        void exactly_60_is_still_graded() {
            // n = 2: FIRST, MERIT; 60.00 is not below 60
            assertThat(grades(Grading.grade(round("60.00", "60.00"), DEFAULTS))).containsExactly(FIRST, FIRST);
            assertThat(grades(Grading.grade(round("61.00", "60.00"), DEFAULTS))).containsExactly(FIRST, MERIT);
        }

        @Test
        void low_scores_become_none_without_moving_the_quotas() {
            // n = 10: by quota rank 1 F; 2 S; 3–4 T; 5–10 M. Here ranks 4–10 score below 60 → NONE.
            List<Ranked> ranked = Grading.grade(round("90.00", "80.00", "70.00", "59.99",
                    "59.00", "58.00", "57.00", "30.00", "20.00", "0.00"), DEFAULTS);
            assertThat(grades(ranked)).containsExactly(FIRST, SECOND, THIRD, NONE, NONE, NONE, NONE, NONE, NONE, NONE);

            // Here only ranks 8–10 score below 60 → NONE; the others keep their quota grades
            // (the cut-offs count all 10 proposals, NONE ones included).
            ranked = Grading.grade(round("90.00", "80.00", "70.00", "65.00",
                    "64.00", "63.00", "62.00", "59.99", "20.00", "0.00"), DEFAULTS);
            assertThat(grades(ranked)).containsExactly(FIRST, SECOND, THIRD, THIRD, MERIT, MERIT, MERIT, NONE, NONE, NONE);
        }

        @Test
        void tied_low_scores_are_all_none() {
            // n = 3 all at 55.00: quota-wise all FIRST (tie grows FIRST), but all below 60 → NONE
            assertThat(grades(Grading.grade(round("55.00", "55.00", "55.00"), DEFAULTS)))
                    .containsExactly(NONE, NONE, NONE);
        }
    }

    @Nested
    class ConfiguredQuotas {

        @Test
        void quotas_and_merit_minimum_come_from_configuration() {
            // quotas 10 / 30 / 60, merit from 70; n = 10: c1 = (100+99)/100 = 1, c2 = (300+99)/100 = 3,
            // c3 = (600+99)/100 = 6 → 1 F; 2–3 S; 4–6 T; 7–10 M; ranks 9–10 (69.99, 50.00) below 70 → NONE
            List<Ranked> ranked = Grading.grade(round("95.00", "90.00", "85.00", "80.00", "78.00",
                    "76.00", "74.00", "72.00", "69.99", "50.00"), new GradeQuotas(10, 30, 60, 70));
            assertThat(grades(ranked)).containsExactly(
                    FIRST, SECOND, SECOND, THIRD, THIRD, THIRD, MERIT, MERIT, NONE, NONE);
        }

        @Test
        void cut_off_is_an_exact_integer_ceiling() {
            // ⌈35 × 20 / 100⌉ = ⌈7⌉ = 7 (not 8); ⌈35 × 21 / 100⌉ = ⌈7.35⌉ = 8; ⌈5 × 1 / 100⌉ = 1; ⌈p × 0⌉ = 0
            assertThat(Grading.cutOff(35, 20)).isEqualTo(7);
            assertThat(Grading.cutOff(35, 21)).isEqualTo(8);
            assertThat(Grading.cutOff(5, 1)).isEqualTo(1);
            assertThat(Grading.cutOff(15, 0)).isEqualTo(0);
            assertThat(Grading.cutOff(100, 7)).isEqualTo(7);
        }

        @Test
        void invalid_input_is_refused() {
            assertThatThrownBy(() -> Grading.grade(round("80.00"), new GradeQuotas(20, 10, 35, 60)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Grading.grade(round("80.00"), new GradeQuotas(5, 15, 101, 60)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Grading.grade(round("80.00"), null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Grading.grade(null, DEFAULTS)).isInstanceOf(IllegalArgumentException.class);
            Map<String, BigDecimal> withNull = new HashMap<>();
            withNull.put("P1", null);
            assertThatThrownBy(() -> Grading.grade(withNull, DEFAULTS)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
