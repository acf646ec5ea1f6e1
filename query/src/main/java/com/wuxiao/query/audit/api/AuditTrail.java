package com.wuxiao.query.audit.api;

import java.util.List;

/** The whole audit trail of one aggregate, oldest first. */
public record AuditTrail(AuditKind kind, String aggregateId, List<AuditEntry> items) {

    public AuditTrail {
        items = List.copyOf(items);
    }
}
