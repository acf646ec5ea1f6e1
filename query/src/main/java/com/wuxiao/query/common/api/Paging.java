package com.wuxiao.query.common.api;

import com.wuxiao.command.common.api.RuleViolation;

/** The bounds every paged query checks, with the same messages: a page from 0, 1..max per page. */
public final class Paging {

    private Paging() {
    }

    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw RuleViolation.invalid("page-negative", "page");
        }
        if (size < 1 || size > maxSize) {
            throw RuleViolation.invalid("page-size-out-of-range", "size", maxSize);
        }
    }
}
