package com.wuxiao.command.appraisal;

import com.wuxiao.command.competition.api.ScoreWeights;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Expected values are worked out by hand from product.md "Precise rules" in the comments. */
class ScoringTest {

    private static final ScoreWeights DEFAULTS = ScoreWeights.defaults(); // 40 / 35 / 25
    private static final ScoreWeights ODD = new ScoreWeights(33, 33, 34);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> ds(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Nested
    class Weighted {

        @Test
        void default_weights() {
            // 0.40×80 + 0.35×70 + 0.25×90 = 32 + 24.5 + 22.5 = 79.00
            assertThat(Scoring.weighted(DEFAULTS, 80, 70, 90)).isEqualTo(d("79.00"));
            // 0.40×77 + 0.35×63 + 0.25×58 = 30.8 + 22.05 + 14.5 = 67.35
            assertThat(Scoring.weighted(DEFAULTS, 77, 63, 58)).isEqualTo(d("67.35"));
            // 0.40×81 + 0.35×79 + 0.25×67 = 32.4 + 27.65 + 16.75 = 76.80
            assertThat(Scoring.weighted(DEFAULTS, 81, 79, 67)).isEqualTo(d("76.80"));
        }

        @Test
        void extremes_keep_two_decimals() {
            // 0.40×100 + 0.35×100 + 0.25×100 = 100.00 ; all zero = 0.00
            assertThat(Scoring.weighted(DEFAULTS, 100, 100, 100)).isEqualTo(d("100.00"));
            assertThat(Scoring.weighted(DEFAULTS, 0, 0, 0)).isEqualTo(d("0.00"));
        }

        @Test
        void odd_weights() {
            // (33×81 + 33×77 + 34×93) / 100 = (2673 + 2541 + 3162) / 100 = 8376 / 100 = 83.76
            assertThat(Scoring.weighted(ODD, 81, 77, 93)).isEqualTo(d("83.76"));
            // (33×70 + 33×71 + 34×73) / 100 = (2310 + 2343 + 2482) / 100 = 71.35
            assertThat(Scoring.weighted(ODD, 70, 71, 73)).isEqualTo(d("71.35"));
            // (33×99 + 33×1 + 34×0) / 100 = (3267 + 33) / 100 = 33.00
            assertThat(Scoring.weighted(ODD, 99, 1, 0)).isEqualTo(d("33.00"));
            // Note: an integer sum divided by 100 is always exact to two decimals, so with whole
            // scores and whole percent weights the half-up step never has anything to round.
        }

        @Test
        void scores_outside_0_to_100_are_refused() {
            assertThatThrownBy(() -> Scoring.weighted(DEFAULTS, 101, 50, 50)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Scoring.weighted(DEFAULTS, 50, -1, 50)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Scoring.weighted(DEFAULTS, 50, 50, 101)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void weights_not_summing_to_100_are_refused() {
            assertThatThrownBy(() -> Scoring.weighted(new ScoreWeights(40, 35, 24), 50, 50, 50))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Scoring.weighted(null, 50, 50, 50)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class FinalScore {

        @Test
        void one_and_two_scores() {
            // one score: itself
            assertThat(Scoring.finalScore(ds("66.67"))).isEqualTo(d("66.67"));
            // (70.00 + 70.01) / 2 = 140.01 / 2 = 70.005 → half-up → 70.01
            assertThat(Scoring.finalScore(ds("70.00", "70.01"))).isEqualTo(d("70.01"));
        }

        @Test
        void three_scores_plain_mean() {
            // (79.00 + 76.80 + 71.35) / 3 = 227.15 / 3 = 75.71666… → 75.72
            assertThat(Scoring.finalScore(ds("79.00", "76.80", "71.35"))).isEqualTo(d("75.72"));
            // (80.00 + 80.00 + 80.01) / 3 = 240.01 / 3 = 80.00333… → 80.00
            assertThat(Scoring.finalScore(ds("80.00", "80.00", "80.01"))).isEqualTo(d("80.00"));
            // (80.01 + 80.01 + 80.00) / 3 = 240.02 / 3 = 80.00666… → 80.01
            assertThat(Scoring.finalScore(ds("80.01", "80.01", "80.00"))).isEqualTo(d("80.01"));
        }

        @Test
        void four_scores_not_trimmed_and_half_up() {
            // (70.25 + 81.50 + 66.10 + 90.00) / 4 = 307.85 / 4 = 76.9625 → 76.96
            assertThat(Scoring.finalScore(ds("70.25", "81.50", "66.10", "90.00"))).isEqualTo(d("76.96"));
            // (80.00 + 80.00 + 80.01 + 80.01) / 4 = 320.02 / 4 = 80.005 → half-up 80.01 (half-even would give 80.00)
            assertThat(Scoring.finalScore(ds("80.00", "80.00", "80.01", "80.01"))).isEqualTo(d("80.01"));
            // 4 scores keep their extremes: (10.00 + 90.00 + 90.00 + 90.00) / 4 = 280 / 4 = 70.00
            assertThat(Scoring.finalScore(ds("10.00", "90.00", "90.00", "90.00"))).isEqualTo(d("70.00"));
        }

        @Test
        void five_scores_drop_one_highest_and_one_lowest() {
            // drop 95.00 and 60.00: (70 + 75 + 80) / 3 = 225 / 3 = 75.00 (untrimmed would be 380 / 5 = 76.00)
            assertThat(Scoring.finalScore(ds("60.00", "95.00", "70.00", "75.00", "80.00"))).isEqualTo(d("75.00"));
            // drop 99.99 and 10.00: (70.01 + 70.00 + 70.00) / 3 = 210.01 / 3 = 70.00333… → 70.00
            assertThat(Scoring.finalScore(ds("99.99", "70.01", "70.00", "70.00", "10.00"))).isEqualTo(d("70.00"));
            // drop 99.99 and 10.00: (70.02 + 70.02 + 70.01) / 3 = 210.05 / 3 = 70.01666… → 70.02
            assertThat(Scoring.finalScore(ds("70.02", "99.99", "70.02", "10.00", "70.01"))).isEqualTo(d("70.02"));
        }

        @Test
        void only_one_of_equal_extremes_is_dropped() {
            // drop one 90.00 and one 70.00: (90 + 80 + 70) / 3 = 240 / 3 = 80.00
            assertThat(Scoring.finalScore(ds("90.00", "90.00", "80.00", "70.00", "70.00"))).isEqualTo(d("80.00"));
        }

        @Test
        void six_scores_drop_one_highest_and_one_lowest() {
            // drop 90.00 and 40.00: (85 + 80 + 75 + 70) / 4 = 310 / 4 = 77.50
            assertThat(Scoring.finalScore(ds("90.00", "85.00", "80.00", "75.00", "70.00", "40.00"))).isEqualTo(d("77.50"));
            // drop 100.00 and 0.00: (80.01 + 80.00 + 80.00 + 80.01) / 4 = 320.02 / 4 = 80.005 → 80.01
            assertThat(Scoring.finalScore(ds("80.01", "80.00", "100.00", "80.00", "80.01", "0.00"))).isEqualTo(d("80.01"));
        }

        @Test
        void empty_or_null_is_refused() {
            assertThatThrownBy(() -> Scoring.finalScore(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Scoring.finalScore(null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Scoring.finalScore(Arrays.asList(d("70.00"), null)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Spread {

        @Test
        void highest_minus_lowest() {
            // 79.00 − 71.35 = 7.65
            assertThat(Scoring.spread(ds("79.00", "76.80", "71.35"))).isEqualTo(d("7.65"));
            // 100.00 − 69.99 = 30.01 (more than 30: re-review)
            assertThat(Scoring.spread(ds("69.99", "100.00", "85.00"))).isEqualTo(d("30.01"));
            // 90.00 − 60.00 = 30.00 (exactly 30: no re-review)
            assertThat(Scoring.spread(ds("90.00", "60.00"))).isEqualTo(d("30.00"));
        }

        @Test
        void spread_uses_all_scores_not_the_trimmed_ones() {
            // 95.00 − 10.00 = 85.00 even though the final score drops both
            assertThat(Scoring.spread(ds("10.00", "50.00", "60.00", "70.00", "95.00"))).isEqualTo(d("85.00"));
        }

        @Test
        void fewer_than_two_scores_spread_zero() {
            assertThat(Scoring.spread(ds("77.00"))).isEqualTo(d("0.00"));
            assertThat(Scoring.spread(List.of())).isEqualTo(d("0.00"));
        }
    }
}
