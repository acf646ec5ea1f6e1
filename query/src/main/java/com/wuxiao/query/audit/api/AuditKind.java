package com.wuxiao.query.audit.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The aggregates whose events the audit trail shows, each with the path segment of
 * {@code /api/audit/{kind}/{id}}, the aggregate type Axon stores on its events (the aggregate
 * class's simple name) and the payload field that carries its identifier.
 */
public enum AuditKind {

    PROPOSALS("proposals", "Proposal", "proposalId"),
    ROUNDS("rounds", "AppraisalRound", "roundId"),
    PATENTS("patents", "PatentCase", "patentId"),
    CONVERSIONS("conversions", "Conversion", "conversionId");

    private final String path;
    private final String aggregateType;
    private final String idField;

    AuditKind(String path, String aggregateType, String idField) {
        this.path = path;
        this.aggregateType = aggregateType;
        this.idField = idField;
    }

    public String path() {
        return path;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public String idField() {
        return idField;
    }

    /** The kind of a path segment such as {@code proposals}; empty for anything else. */
    public static Optional<AuditKind> ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
