package com.wuxiao.query.audit.api;

import com.wuxiao.command.common.api.RuleViolation;
import com.wuxiao.query.common.api.Paging;

import java.util.Objects;

/**
 * One page of the events of one aggregate, oldest first (by sequence number). Answered with an
 * {@link AuditTrailPage}, or null when the aggregate has no events or they belong to another kind:
 * ask with {@code ResponseTypes.optionalInstanceOf(AuditTrailPage.class)}. No access rules: the
 * caller decides who may ask.
 *
 * @param page 0-based
 * @param size 1..{@value #MAX_SIZE}
 */
public record FindAuditTrailQuery(AuditKind kind, String aggregateId, int page, int size) {

    /** Bounds what one page renders; the whole trail goes to the Excel file instead. */
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 50;

    public FindAuditTrailQuery {
        Objects.requireNonNull(kind, "kind");
        if (aggregateId == null || aggregateId.isBlank()) {
            throw RuleViolation.invalid("audit-id-required", "id");
        }
        Paging.check(page, size, MAX_SIZE);
    }
}
