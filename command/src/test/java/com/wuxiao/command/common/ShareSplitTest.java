package com.wuxiao.command.common;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Expected values are worked out by hand from product.md "Precise rules" in the comments. */
class ShareSplitTest {

    private static List<BigDecimal> ds(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Nested
    class Money {

        @Test
        void sixty_forty() {
            // 500000 × 60 / 100 = 300000 ; 500000 × 40 / 100 = 200000 ; no remainder
            assertThat(ShareSplit.money(500_000, List.of(60, 40))).containsExactly(300_000L, 200_000L);
        }

        @Test
        void thirty_three_thirty_three_thirty_four() {
            // 500000 × 33 / 100 = 165000 (twice) ; × 34 / 100 = 170000 ; sum 500000, no remainder
            assertThat(ShareSplit.money(500_000, List.of(33, 33, 34))).containsExactly(165_000L, 165_000L, 170_000L);
            // 101 × 33 / 100 = 33.33 → 33 (twice) ; 101 × 34 / 100 = 34.34 → 34 ; sum 100, remainder 1 → first: 34
            assertThat(ShareSplit.money(101, List.of(33, 33, 34))).containsExactly(34L, 33L, 34L);
            // 30001 × 33 / 100 = 9900.33 → 9900 (twice) ; × 34 / 100 = 10200.34 → 10200 ; remainder 1 → first 9901
            assertThat(ShareSplit.money(30_001, List.of(33, 33, 34))).containsExactly(9_901L, 9_900L, 10_200L);
        }

        @Test
        void one_fen_among_fifty_fifty() {
            // 1 × 50 / 100 = 0.5 → 0 each ; remainder 1 → first
            assertThat(ShareSplit.money(1, List.of(50, 50))).containsExactly(1L, 0L);
        }

        @Test
        void whole_remainder_goes_to_first_listed_even_with_the_smallest_share() {
            // 99 × 25 / 100 = 24.75 → 24 (×4) = 96 ; remainder 3 → first: 27
            assertThat(ShareSplit.money(99, List.of(25, 25, 25, 25))).containsExactly(27L, 24L, 24L, 24L);
            // 101 × 10 / 100 = 10.1 → 10 ; 101 × 90 / 100 = 90.9 → 90 ; remainder 1 → first: 11
            assertThat(ShareSplit.money(101, List.of(10, 90))).containsExactly(11L, 90L);
        }

        @Test
        void single_author_and_zero_total() {
            assertThat(ShareSplit.money(30_000, List.of(100))).containsExactly(30_000L);
            assertThat(ShareSplit.money(0, List.of(60, 40))).containsExactly(0L, 0L);
        }

        @Test
        void negative_total_is_refused() {
            assertThatThrownBy(() -> ShareSplit.money(-1, List.of(100))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Points {

        @Test
        void twenty_among_33_33_34() {
            // 20 × 33 / 100 = 6.60 (twice) ; 20 × 34 / 100 = 6.80
            assertThat(ShareSplit.points(20, List.of(33, 33, 34))).containsExactly(ds("6.60", "6.60", "6.80").toArray(BigDecimal[]::new));
        }

        @Test
        void two_among_33_67() {
            // 2 × 33 / 100 = 0.66 ; 2 × 67 / 100 = 1.34
            assertThat(ShareSplit.points(2, List.of(33, 67))).containsExactly(ds("0.66", "1.34").toArray(BigDecimal[]::new));
        }

        @Test
        void other_splits_keep_two_decimals() {
            // 5 × 50 / 100 = 2.50 each ; 15 × 100 / 100 = 15.00 ; 0 → 0.00
            assertThat(ShareSplit.points(5, List.of(50, 50))).containsExactly(ds("2.50", "2.50").toArray(BigDecimal[]::new));
            assertThat(ShareSplit.points(15, List.of(100))).containsExactly(ds("15.00").toArray(BigDecimal[]::new));
            assertThat(ShareSplit.points(0, List.of(1, 99))).containsExactly(ds("0.00", "0.00").toArray(BigDecimal[]::new));
            // 1 × 1 / 100 = 0.01 ; 1 × 99 / 100 = 0.99
            assertThat(ShareSplit.points(1, List.of(1, 99))).containsExactly(ds("0.01", "0.99").toArray(BigDecimal[]::new));
        }

        @Test
        void negative_points_are_refused() {
            assertThatThrownBy(() -> ShareSplit.points(-2, List.of(100))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class InvalidShares {

        @Test
        void refused_for_money_and_points() {
            List<List<Integer>> invalid = List.of(
                    List.of(),            // empty
                    List.of(60, 39),      // sum 99
                    List.of(60, 41),      // sum 101
                    List.of(100, 0),      // a share of 0
                    List.of(101, -1),     // out of 1..100 though summing to 100
                    Arrays.asList(100, null));
            for (List<Integer> shares : invalid) {
                assertThatThrownBy(() -> ShareSplit.money(100, shares)).as("money %s", shares)
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> ShareSplit.points(10, shares)).as("points %s", shares)
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> ShareSplit.money(100, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ShareSplit.points(10, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
