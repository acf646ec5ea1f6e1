package com.wuxiao.query.leaderboard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PointsSplitTest {

    @Test
    void acceptancePointsOfTwoSplitSixtyForty() {
        assertThat(PointsSplit.parts(2, List.of(60, 40)))
                .containsExactly(new BigDecimal("1.20"), new BigDecimal("0.80"));
    }

    @Test
    void partsHaveTwoDecimals() {
        assertThat(PointsSplit.parts(20, List.of(33, 33, 34)))
                .containsExactly(new BigDecimal("6.60"), new BigDecimal("6.60"), new BigDecimal("6.80"));
        assertThat(PointsSplit.part(1, 1)).isEqualTo(new BigDecimal("0.01"));
        assertThat(PointsSplit.part(2, 100)).isEqualTo(new BigDecimal("2.00"));
        assertThat(PointsSplit.part(0, 50)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void negativePointsOrSharesOutsidePercentAreRefused() {
        assertThatThrownBy(() -> PointsSplit.part(-1, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsSplit.part(2, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
