package com.wuxiao.query.common.api;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.inbox.api.FindInboxQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void aPageFromZeroAndOneToTheMaximumPerPage() {
        assertThatCode(() -> Paging.check(0, 1, 100)).doesNotThrowAnyException();
        assertThatCode(() -> Paging.check(7, 100, 100)).doesNotThrowAnyException();
        assertThat(refusal(-1, 20, 100).field()).isEqualTo("page");
        assertThat(refusal(-1, 20, 100).code()).isEqualTo("page-negative");
        assertThat(refusal(0, 0, 100).code()).isEqualTo("page-size-out-of-range");
        assertThat(refusal(0, 101, 100).field()).isEqualTo("size");
        assertThat(refusal(0, 201, 200).messageEn()).isEqualTo("size must be between 1 and 200");
    }

    @Test
    void theInboxSaysWhichBoundItCrossed() {
        assertThatThrownBy(() -> new FindInboxQuery("w1001", false, 0, 101)).isInstanceOf(RuleViolation.class)
                .extracting("code").isEqualTo("page-size-out-of-range");
    }

    private static RuleViolation refusal(int page, int size, int max) {
        try {
            Paging.check(page, size, max);
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("page " + page + ", size " + size + " passed");
    }
}
