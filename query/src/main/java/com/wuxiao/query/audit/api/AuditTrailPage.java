package com.wuxiao.query.audit.api;

import java.util.List;

/**
 * One page of an aggregate's audit trail, oldest first; {@code page} counts from 0, {@code total}
 * is the number of events over all pages.
 */
public record AuditTrailPage(AuditKind kind, String aggregateId, List<AuditEntry> items, int page, int size,
                             long total) {

    public AuditTrailPage {
        items = List.copyOf(items);
    }
}
