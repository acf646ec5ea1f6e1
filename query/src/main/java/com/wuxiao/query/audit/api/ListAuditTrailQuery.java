package com.wuxiao.query.audit.api;

import com.wuxiao.command.common.api.RuleViolation;

import java.util.Objects;

/**
 * Every event of one aggregate, oldest first, for the Excel file. Answered with an
 * {@link AuditTrail}, or null as {@link FindAuditTrailQuery} is. No access rules: the caller decides
 * who may ask.
 */
public record ListAuditTrailQuery(AuditKind kind, String aggregateId) {

    public ListAuditTrailQuery {
        Objects.requireNonNull(kind, "kind");
        if (aggregateId == null || aggregateId.isBlank()) {
            throw RuleViolation.invalid("audit-id-required", "id");
        }
    }
}
