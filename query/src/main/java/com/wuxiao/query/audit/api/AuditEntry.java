package com.wuxiao.query.audit.api;

import java.time.Instant;
import java.util.List;

/**
 * One stored event of an aggregate.
 *
 * @param sequenceNumber the aggregate's sequence number of the event, from 0
 * @param occurredAt     when the event was recorded, by the app's clock (EventColumns.recordedAt)
 * @param eventType      the payload's simple class name, e.g. {@code ProposalSubmittedEvent}
 * @param labelZh        what happened, in Chinese (message key {@code audit.event.<eventType>})
 * @param labelEn        the same in English
 * @param actor          the user id who acted, or {@value #SYSTEM} for what the system did (timers,
 *                       policies, consequences of another event)
 * @param changes        the payload's fields but the aggregate's id, in declaration order
 */
public record AuditEntry(long sequenceNumber, Instant occurredAt, String eventType, String labelZh, String labelEn,
                         String actor, List<AuditChange> changes) {

    public static final String SYSTEM = "system";

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    /** Whether the system, not a person, caused the event. */
    public boolean bySystem() {
        return SYSTEM.equals(actor);
    }
}
