package com.wuxiao.infra.ui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AllPagesTest {

    /** A query over 0..249 answering pages of 100, as the paged queries do. */
    private record Page(List<Integer> items, long total) {
        static Page of(int n) {
            return new Page(IntStream.range(n * 100, Math.min(250, (n + 1) * 100)).boxed().toList(), 250);
        }
    }

    @Test
    void everyPageInOrderUntilTheTotal() {
        assertThat(AllPages.collect(Page::of, Page::items, Page::total, 10_000))
                .isEqualTo(IntStream.range(0, 250).boxed().toList());
    }

    @Test
    void noMoreThanTheBound() {
        assertThat(AllPages.collect(Page::of, Page::items, Page::total, 150))
                .isEqualTo(IntStream.range(0, 150).boxed().toList());
    }

    @Test
    void anEmptyPageEndsItEvenIfTheTotalSaidMore() {
        assertThat(AllPages.collect(n -> new Page(n == 0 ? List.of(1, 2) : List.of(), 5), Page::items, Page::total,
                100)).containsExactly(1, 2);
    }
}
